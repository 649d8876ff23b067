package org.xinqiao.account;

import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

/**
 * The real client for WeChat's {@code GET /sns/jscode2session}. WeChat answers errors with HTTP 200 and an
 * {@code errcode}; we map the ones API.md names and never pass WeChat's {@code errmsg} on (it may echo the code).
 */
@Singleton
class WeChatClient {

    static final int CODE_INVALID = 40029;
    static final int CODE_USED = 40163;
    static final int RATE_LIMITED = 45011;
    static final int SYSTEM_BUSY = -1;

    private static final Logger LOG = LoggerFactory.getLogger(WeChatClient.class);
    private static final Duration RETRY_AFTER = Duration.ofSeconds(60);

    private final WeChatProperties properties;
    private final JsonMapper json;
    private final HttpClient http;

    WeChatClient(WeChatProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
    }

    WeChatSession exchange(String code) {
        if (properties.appId() == null || properties.appId().isBlank() || properties.baseUrl() == null || properties.baseUrl().isBlank()) {
            throw new DomainException(ErrorCode.WECHAT_UNAVAILABLE,
                    "WeChat login is not configured on this server (XINQIAO_WECHAT_APP_ID, XINQIAO_WECHAT_APP_SECRET)");
        }
        URI uri = URI.create(properties.baseUrl() + "/sns/jscode2session"
                + "?appid=" + encode(properties.appId())
                + "&secret=" + encode(properties.appSecret())
                + "&js_code=" + encode(code)
                + "&grant_type=authorization_code");
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(properties.readTimeout()).GET().build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("jscode2session failed: {}", e.getClass().getSimpleName());
            throw unavailable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        }
        if (response.statusCode() != 200) {
            LOG.warn("jscode2session answered HTTP {}", response.statusCode());
            throw unavailable();
        }
        Reply reply;
        try {
            // WeChat labels this JSON as text/plain, so it is read as bytes and parsed here.
            reply = json.readValue(response.body(), Reply.class);
        } catch (IOException e) {
            LOG.warn("jscode2session answered something that is not its JSON");
            throw unavailable();
        }
        int errcode = reply.errcode() == null ? 0 : reply.errcode();
        if (errcode != 0) {
            LOG.info("jscode2session refused the code with errcode {}", errcode);
            throw switch (errcode) {
                case CODE_INVALID -> new DomainException(ErrorCode.WECHAT_CODE_INVALID, "The login code is invalid or expired; get a new one with wx.login");
                case CODE_USED -> new DomainException(ErrorCode.WECHAT_CODE_USED, "The login code was already used; get a new one with wx.login");
                case RATE_LIMITED -> new DomainException(ErrorCode.WECHAT_RATE_LIMITED, "WeChat is limiting login requests",
                        java.util.List.of(), RETRY_AFTER);
                default -> new DomainException(ErrorCode.WECHAT_UNAVAILABLE, "WeChat refused the login (errcode " + errcode + ")",
                        java.util.List.of(), errcode == SYSTEM_BUSY ? Duration.ofSeconds(5) : null);
            };
        }
        if (reply.openid() == null || reply.openid().isBlank() || reply.sessionKey() == null) {
            LOG.warn("jscode2session answered without openid or session_key");
            throw unavailable();
        }
        String unionid = reply.unionid() == null || reply.unionid().isBlank() ? null : reply.unionid();
        return new WeChatSession(reply.openid(), unionid, reply.sessionKey(), null);
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorCode.WECHAT_UNAVAILABLE, "WeChat could not be reached; try again shortly",
                java.util.List.of(), Duration.ofSeconds(5));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    @Serdeable
    record Reply(@Nullable String openid, @Nullable @JsonProperty("session_key") String sessionKey, @Nullable String unionid,
                 @Nullable Integer errcode, @Nullable String errmsg) {

        @Override
        public String toString() {
            return "Reply[errcode=" + errcode + "]";
        }
    }
}
