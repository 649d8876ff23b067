package org.xinqiao.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;

/**
 * A local stand-in for WeChat's {@code GET /sns/jscode2session}, answering with the real response shapes:
 * always HTTP 200 labelled text/plain, errors as {@code errcode}/{@code errmsg}. Codes steer it:
 * {@code ok-*} → a user with a unionid, {@code nounion-*} → without, {@code slow-*} → after 500 ms,
 * {@code invalid-*} 40029, {@code used-*} 40163, {@code limited-*} 45011, {@code busy-*} −1.
 */
public final class FakeWeChat {

    public static final String APP_ID = "wx-test-app";
    public static final String APP_SECRET = "test-app-secret";
    /** What WeChat would put in errmsg; it must never reach a client. */
    public static final String ERRMSG_MARKER = "rid: 6523-secret-errmsg";

    private static WireMockServer server;

    private FakeWeChat() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            server = new WireMockServer(options().dynamicPort().templatingEnabled(true));
            server.start();
            stub(server);
        }
        return server;
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + server().port();
    }

    public static int requestsWithCode(String code) {
        return server().findAll(WireMock.getRequestedFor(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("js_code", equalTo(code))).size();
    }

    private static void stub(WireMockServer wm) {
        wm.stubFor(session("ok-.*").willReturn(text(
                "{\"session_key\":\"c2Vzc2lvbi1rZXktb2s=\",\"openid\":\"o-{{request.query.js_code}}\",\"unionid\":\"u-{{request.query.js_code}}\"}")));
        wm.stubFor(session("nounion-.*").willReturn(text(
                "{\"session_key\":\"c2Vzc2lvbi1rZXktbm8=\",\"openid\":\"o-{{request.query.js_code}}\"}")));
        wm.stubFor(session("slow-.*").willReturn(text(
                "{\"session_key\":\"c2xvdw==\",\"openid\":\"o-{{request.query.js_code}}\"}").withFixedDelay(500)));
        wm.stubFor(session("invalid-.*").willReturn(error(40029, "invalid code")));
        wm.stubFor(session("used-.*").willReturn(error(40163, "code been used")));
        wm.stubFor(session("limited-.*").willReturn(error(45011, "api minute-quota reach limit mustslower retry next minute")));
        wm.stubFor(session("busy-.*").willReturn(error(-1, "system error")));
        wm.stubFor(session("hang-.*").willReturn(text("{}").withFixedDelay(20_000)));
    }

    private static MappingBuilder session(String codePattern) {
        return get(urlPathEqualTo("/sns/jscode2session"))
                .withQueryParam("appid", equalTo(APP_ID))
                .withQueryParam("secret", equalTo(APP_SECRET))
                .withQueryParam("grant_type", equalTo("authorization_code"))
                .withQueryParam("js_code", matching(codePattern));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder text(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(body).withTransformers("response-template");
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int errcode, String errmsg) {
        return aResponse().withStatus(200).withHeader("Content-Type", "text/plain")
                .withBody("{\"errcode\":" + errcode + ",\"errmsg\":\"" + errmsg + ", " + ERRMSG_MARKER + "\"}");
    }
}
