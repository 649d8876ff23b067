package org.xinqiao.plugin.livestream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.xinqiao.plugin.api.PluginException;

/**
 * Signed calls to the Douyin shop open platform ("API调用指南"): {@code POST
 * {baseUrl}/{method with dots as slashes}} with the public parameters in the query string and
 * {@code param_json} as the JSON body, as the platform's own SDKs send it.
 */
final class LivestreamClient {

    /** The platform's timestamps are Beijing time. */
    static final ZoneId GMT8 = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(GMT8);
    /** The "new" error codes: 10000 is success. */
    static final int SUCCESS = 10000;

    private final HttpClient http;
    private final Clock clock;
    private final ObjectMapper json;

    LivestreamClient(HttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
        // keys sorted at every depth and no whitespace: param_json is signed as text
        this.json = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    static LivestreamClient standard() {
        return new LivestreamClient(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), Clock.systemUTC());
    }

    ObjectMapper json() {
        return json;
    }

    /**
     * Calls one API method and returns its {@code data}.
     *
     * @throws PluginException if the call fails or the platform answers with an error code
     */
    JsonNode call(LivestreamSettings settings, String method, Map<String, ?> params) {
        String paramJson = paramJson(params);
        String timestamp = TIMESTAMP.format(clock.instant());
        Map<String, String> query = new LinkedHashMap<>();
        query.put("app_key", settings.appKey());
        query.put("method", method);
        query.put("access_token", settings.accessToken());
        query.put("timestamp", timestamp);
        query.put("v", DoudianSigning.VERSION);
        query.put("sign_method", DoudianSigning.SIGN_METHOD);
        query.put("sign", DoudianSigning.requestSign(
                settings.appKey(), settings.appSecret(), method, paramJson, timestamp));

        URI uri = URI.create(settings.baseUrl().toString().replaceAll("/+$", "")
                + "/" + method.replace('.', '/') + "?" + encode(query));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=UTF-8")
                .header("Accept", "application/json")
                .header("x-open-no-old-err-code", "1")
                .POST(HttpRequest.BodyPublishers.ofString(paramJson, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new PluginException(method + " could not reach the platform: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PluginException(method + " was interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new PluginException(method + " answered HTTP " + response.statusCode());
        }
        return data(method, response.body());
    }

    String paramJson(Map<String, ?> params) {
        try {
            return json.writeValueAsString(params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("parameters that cannot be written as JSON: " + params.keySet(), e);
        }
    }

    private JsonNode data(String method, String body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new PluginException(method + " answered something that is not JSON");
        }
        boolean ok = root.has("err_no") ? root.path("err_no").asInt(-1) == 0 : root.path("code").asInt(-1) == SUCCESS;
        if (!ok) {
            throw new PluginException(method + " failed: code " + root.path("code").asText(root.path("err_no").asText())
                    + " " + root.path("msg").asText(root.path("message").asText())
                    + " / " + root.path("sub_code").asText() + " " + root.path("sub_msg").asText()
                    + " (log_id " + root.path("log_id").asText() + ")");
        }
        return root.path("data");
    }

    private static String encode(Map<String, String> query) {
        return query.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }
}
