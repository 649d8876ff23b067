package org.xinqiao.plugin;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.matching.MatchResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A local stand-in for openapi-fxg.jinritemai.com. It answers only requests that carry every
 * public parameter and a correct signature, checked here by its own implementation of the
 * platform's recipe (not the plugin's {@code DoudianSigning}); anything else gets WireMock's 404.
 */
final class FakeDoudian implements AutoCloseable {

    static final String APP_KEY = "7001234567890123456";
    static final String APP_SECRET = "s3cr3t-0f-th3-sh0p-app";
    static final String ACCESS_TOKEN = "c6f957da-1239-4343-84a1-c84e68915ff7";
    /** The platform refuses timestamps more than ten minutes off its clock (公共参数 timestamp). */
    static final Duration SKEW = Duration.ofMinutes(10);
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("GMT+8"));

    private final Clock clock;
    private final WireMockServer server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
    private final List<String> refusals = java.util.Collections.synchronizedList(new ArrayList<>());

    FakeDoudian(Clock clock) {
        this.clock = clock;
        server.start();
    }

    String baseUrl() {
        return server.baseUrl();
    }

    WireMockServer server() {
        return server;
    }

    /** Why requests were refused (each reason once), for assertions: empty when every request was signed right. */
    List<String> refusals() {
        return refusals.stream().distinct().toList();
    }

    void serveCategories() {
        for (String parent : List.of("0", "20005", "20006", "20010")) {
            answer("shop.getShopCategory", "{\"cid\":" + parent + "}", "category-" + parent + ".json");
        }
    }

    void answer(String method, String paramJson, String resource) {
        server.stubFor(signed(method).withRequestBody(equalToJson(paramJson))
                .willReturn(json(read(resource))));
    }

    void answerContaining(String method, String bodyPart, String resource) {
        server.stubFor(signed(method).withRequestBody(containing(bodyPart)).willReturn(json(read(resource))));
    }

    void answerRaw(String method, String responseBody) {
        server.stubFor(signed(method).willReturn(json(responseBody)));
    }

    int requestCount() {
        return server.getAllServeEvents().size();
    }

    /** The bodies of the requests for one method, oldest first. */
    List<String> bodiesOf(String method) {
        List<com.github.tomakehurst.wiremock.stubbing.ServeEvent> events = new ArrayList<>(server.getAllServeEvents());
        java.util.Collections.reverse(events);
        return events.stream()
                .map(e -> e.getRequest())
                .filter(r -> r.getUrl().startsWith("/" + method.replace('.', '/') + "?"))
                .map(Request::getBodyAsString)
                .toList();
    }

    /** The platform's push signature, computed the way the platform documents it. */
    static String eventSign(String body) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest((APP_KEY + body + APP_SECRET).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String read(String resource) {
        try (InputStream in = FakeDoudian.class.getResourceAsStream("/doudian/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }

    private MappingBuilder signed(String method) {
        return post(urlPathEqualTo("/" + method.replace('.', '/'))).andMatching(request -> check(method, request));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private MatchResult check(String method, Request request) {
        String problem = problem(method, request);
        if (problem != null) {
            refusals.add(method + ": " + problem);
        }
        return MatchResult.of(problem == null);
    }

    private String problem(String method, Request request) {
        Map<String, String> q = new java.util.HashMap<>();
        for (String name : List.of("app_key", "method", "access_token", "timestamp", "v", "sign_method", "sign")) {
            if (!request.queryParameter(name).isPresent()) {
                return "no " + name;
            }
            q.put(name, request.queryParameter(name).firstValue());
        }
        if (!APP_KEY.equals(q.get("app_key")) || !method.equals(q.get("method"))
                || !ACCESS_TOKEN.equals(q.get("access_token")) || !"2".equals(q.get("v"))
                || !"hmac-sha256".equals(q.get("sign_method"))) {
            return "public parameters " + q;
        }
        try {
            Instant sent = TIMESTAMP.parse(q.get("timestamp"), Instant::from);
            if (Duration.between(sent, clock.instant()).abs().compareTo(SKEW) > 0) {
                return "timestamp too far from now: " + q.get("timestamp");
            }
        } catch (DateTimeParseException e) {
            return "timestamp not yyyy-MM-dd HH:mm:ss: " + q.get("timestamp");
        }
        String body = request.getBodyAsString();
        if (!body.equals(canonical(body))) {
            return "param_json is not compact with sorted keys: " + body;
        }
        String plain = APP_SECRET + "app_key" + q.get("app_key") + "method" + q.get("method") + "param_json" + body
                + "timestamp" + q.get("timestamp") + "v" + q.get("v") + APP_SECRET;
        return hmacSha256Hex(APP_SECRET, plain).equals(q.get("sign")) ? null : "wrong sign";
    }

    private static String canonical(String json) {
        try {
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
            return mapper.writeValueAsString(mapper.readValue(json, Object.class));
        } catch (IOException e) {
            return "not JSON";
        }
    }

    private static String hmacSha256Hex(String key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            StringBuilder hex = new StringBuilder();
            for (byte b : mac.doFinal(text.getBytes(StandardCharsets.UTF_8))) {
                hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return hex.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
