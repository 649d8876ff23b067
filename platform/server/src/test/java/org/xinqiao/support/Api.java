package org.xinqiao.support;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Drives the running server over real HTTP, as the mini-program and the admin console do. */
public final class Api {

    private final URI base;
    private final JsonMapper json;
    private final HttpClient http = HttpClient.newHttpClient();

    public Api(EmbeddedServer server, JsonMapper json) {
        this.base = server.getURI();
        this.json = json;
    }

    public Res get(String path, String token) {
        return send(builder(path, token).GET());
    }

    public Res post(String path, String token, String body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Res put(String path, String token, String body) {
        return send(builder(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public Res send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Res(response.statusCode(), response.headers().map(), response.body(), parse(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts one file as multipart/form-data, as the admin console uploads plugins and order exports. */
    public Res upload(String path, String token, String field, String fileName, byte[] content) {
        String boundary = "----xinqiao" + java.util.UUID.randomUUID();
        List<byte[]> parts = List.of(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8),
                content,
                ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(builder(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
    }

    public HttpRequest.Builder builder(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    /** Logs in through the WeChat endpoint with a code the fake WeChat accepts; returns the access token. */
    public String weChatLogin(String code) {
        Res res = post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}");
        res.expect(200);
        return res.text("accessToken");
    }

    public String passwordLogin(String username, String password) {
        Res res = post("/api/v1/auth/password", null, "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        res.expect(200);
        return res.text("accessToken");
    }

    public String adminToken() {
        return passwordLogin("root-admin", "admin-password-for-tests");
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank() || !(body.startsWith("{") || body.startsWith("["))) {
            return null;
        }
        try {
            return json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** A response: status, headers, raw body and its JSON. */
    public record Res(int status, Map<String, java.util.List<String>> headers, String raw, JsonNode json) {

        public Res expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected HTTP " + expected + " but got " + status + ": " + raw);
            }
            return this;
        }

        public String text(String field) {
            return node(field).getStringValue();
        }

        public long number(String field) {
            return node(field).getLongValue();
        }

        public JsonNode node(String path) {
            JsonNode node = json;
            for (String part : path.split("\\.")) {
                node = node.isArray() ? node.get(Integer.parseInt(part)) : node.get(part);
                if (node == null) {
                    throw new AssertionError("no '" + path + "' in " + raw);
                }
            }
            return node;
        }

        public java.util.List<String> strings(String path) {
            java.util.List<String> values = new java.util.ArrayList<>();
            node(path).values().forEach(value -> values.add(value.getStringValue()));
            return values;
        }

        public java.util.List<Long> numbers(String path) {
            java.util.List<Long> values = new java.util.ArrayList<>();
            node(path).values().forEach(value -> values.add(value.getLongValue()));
            return values;
        }

        public String code() {
            return json == null || json.get("code") == null ? null : json.get("code").getStringValue();
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }
}
