package org.xinqiao.notify;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.account.AccountService;

/**
 * Sends WeChat mini-program subscribe messages ({@code POST .../cgi-bin/message/subscribe/send?access_token=…} with
 * {@code {touser, template_id, page, data: {key: {value}}, miniprogram_state}}). The access token comes from the
 * stable-token endpoint and is kept until shortly before it expires. A person who has not subscribed (errcode 43101)
 * or has no WeChat account is simply not reached; other failures throw, so the caller may retry later.
 */
@Singleton
@Requires(property = "xinqiao.notify.sender", value = "wechat")
class WeChatSubscribeMessageNotifier implements Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(WeChatSubscribeMessageNotifier.class);
    private static final int USER_REFUSED = 43101;
    private static final int TOKEN_INVALID = 40001;
    private static final int TOKEN_EXPIRED = 42001;

    private final AccountService accounts;
    private final JsonMapper json;
    private final Clock clock;
    private final WeChatNotifySettings settings;
    private final String appId;
    private final String appSecret;
    private final HttpClient http;
    private String accessToken;
    private Instant tokenExpires = Instant.EPOCH;

    WeChatSubscribeMessageNotifier(AccountService accounts, JsonMapper json, Clock clock, WeChatNotifySettings settings,
                                   @Value("${xinqiao.wechat.app-id:}") String appId,
                                   @Value("${xinqiao.wechat.app-secret:}") String appSecret) {
        this.accounts = accounts;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.appId = appId;
        this.appSecret = appSecret;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public boolean send(Notification notification) {
        Optional<String> openid = accounts.weChatOpenId(notification.accountId());
        String templateId = settings.templates().get(notification.template());
        if (openid.isEmpty() || templateId == null) {
            LOG.info("account {} not reached by WeChat: {}", notification.accountId(),
                    openid.isEmpty() ? "no WeChat account" : "no template configured for " + notification.template());
            return false;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        notification.data().forEach((key, value) -> data.put(key, Map.of("value", value)));
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("touser", openid.get());
        message.put("template_id", templateId);
        message.put("page", notification.page());
        message.put("data", data);
        message.put("miniprogram_state", settings.miniprogramState());
        message.put("lang", "zh_CN");
        JsonNode answer = post(settings.endpoint() + "?access_token=" + URLEncoder.encode(token(false), StandardCharsets.UTF_8), message);
        int errcode = errcode(answer);
        if (errcode == TOKEN_INVALID || errcode == TOKEN_EXPIRED) {
            answer = post(settings.endpoint() + "?access_token=" + URLEncoder.encode(token(true), StandardCharsets.UTF_8), message);
            errcode = errcode(answer);
        }
        if (errcode == 0) {
            return true;
        }
        if (errcode == USER_REFUSED) {
            LOG.info("account {} has not subscribed to {}", notification.accountId(), notification.template());
            return false;
        }
        throw new NotificationFailedException("WeChat refused the subscribe message: errcode " + errcode, null);
    }

    private synchronized String token(boolean refresh) {
        if (!refresh && accessToken != null && clock.instant().isBefore(tokenExpires)) {
            return accessToken;
        }
        JsonNode answer = post(settings.tokenEndpoint(), Map.of("grant_type", "client_credential", "appid", appId, "secret", appSecret,
                "force_refresh", refresh));
        JsonNode token = answer.get("access_token");
        if (token == null) {
            throw new NotificationFailedException("WeChat gave no access token: errcode " + errcode(answer), null);
        }
        long expiresIn = answer.get("expires_in") == null ? 7200 : answer.get("expires_in").getLongValue();
        accessToken = token.getStringValue();
        tokenExpires = clock.instant().plusSeconds(Math.max(0, expiresIn - 300));
        return accessToken;
    }

    private JsonNode post(String url, Object body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body))).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new NotificationFailedException("WeChat answered HTTP " + response.statusCode(), null);
            }
            return json.readValue(response.body(), JsonNode.class);
        } catch (IOException e) {
            throw new NotificationFailedException("WeChat could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotificationFailedException("interrupted", e);
        }
    }

    private static int errcode(JsonNode answer) {
        JsonNode code = answer.get("errcode");
        return code == null ? 0 : code.getIntValue();
    }

    /** {@code xinqiao.notify.wechat.*} */
    @io.micronaut.context.annotation.ConfigurationProperties("xinqiao.notify.wechat")
    record WeChatNotifySettings(String endpoint, String tokenEndpoint, String miniprogramState, Duration timeout,
                                Map<String, String> templates) {
    }
}
