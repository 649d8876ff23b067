package org.xinqiao.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.common.Secrets;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.FakeWeChat;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WeChatLoginIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    Secrets secrets;

    Api api() {
        return new Api(server, json);
    }

    @Test
    void aFirstLoginCreatesAGuardianAccountAndReturnsTokens() {
        String code = "ok-" + UUID.randomUUID();

        Api.Res res = api().post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}");

        res.expect(200);
        assertEquals(900, res.number("expiresIn"));
        assertEquals(List.of("GUARDIAN"), res.strings("account.roles"));
        Api.Res me = api().get("/api/v1/me", res.text("accessToken")).expect(200);
        assertEquals(res.number("account.id"), me.number("id"));
    }

    @Test
    void theSessionKeyIsStoredEncryptedAndNeverAnswered() throws SQLException {
        String code = "ok-" + UUID.randomUUID();

        Api.Res res = api().post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}").expect(200);

        assertFalse(res.raw().contains("session"), res.raw());
        assertFalse(res.raw().contains("o-" + code), "the openid is not answered either");
        String stored = column("session_key_enc", "o-" + code);
        assertNotEquals("c2Vzc2lvbi1rZXktb2s=", stored);
        assertEquals("c2Vzc2lvbi1rZXktb2s=", secrets.decrypt(stored));
        assertEquals("u-" + code, column("unionid", "o-" + code));
    }

    @Test
    void anAbsentUnionidIsStoredAsNullNotAnEmptyString() throws SQLException {
        String code = "nounion-" + UUID.randomUUID();

        api().post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}").expect(200);

        assertNull(column("unionid", "o-" + code));
    }

    @Test
    void anInvalidCodeIs401WechatCodeInvalidWithoutWechatsErrmsg() {
        Api.Res res = api().post("/api/v1/auth/wechat", null, "{\"code\":\"invalid-" + UUID.randomUUID() + "\"}");

        assertEquals(401, res.status());
        assertEquals("WECHAT_CODE_INVALID", res.code());
        assertFalse(res.raw().contains(FakeWeChat.ERRMSG_MARKER));
        assertFalse(res.raw().contains(FakeWeChat.APP_SECRET));
    }

    @Test
    void aUsedCodeIs401WechatCodeUsed() {
        Api.Res res = api().post("/api/v1/auth/wechat", null, "{\"code\":\"used-" + UUID.randomUUID() + "\"}");

        assertEquals(401, res.status());
        assertEquals("WECHAT_CODE_USED", res.code());
    }

    @Test
    void rateLimitingIs503WithRetryAfter() {
        Api.Res res = api().post("/api/v1/auth/wechat", null, "{\"code\":\"limited-" + UUID.randomUUID() + "\"}");

        assertEquals(503, res.status());
        assertEquals("WECHAT_RATE_LIMITED", res.code());
        assertEquals("60", res.header("Retry-After").orElseThrow());
    }

    @Test
    void wechatBeingBusyIs503WechatUnavailable() {
        Api.Res res = api().post("/api/v1/auth/wechat", null, "{\"code\":\"busy-" + UUID.randomUUID() + "\"}");

        assertEquals(503, res.status());
        assertEquals("WECHAT_UNAVAILABLE", res.code());
        assertFalse(res.raw().contains(FakeWeChat.ERRMSG_MARKER));
    }

    @Test
    void aWechatThatDoesNotAnswerInTimeIs503() {
        Api.Res res = api().post("/api/v1/auth/wechat", null, "{\"code\":\"hang-" + UUID.randomUUID() + "\"}");

        assertEquals(503, res.status());
        assertEquals("WECHAT_UNAVAILABLE", res.code());
    }

    @Test
    void theSameCodeSentTwiceAtOnceReachesWechatOnce() throws Exception {
        String code = "slow-" + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        Callable<Api.Res> login = () -> api().post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}");

        List<Future<Api.Res>> results = pool.invokeAll(List.of(login, login));
        pool.shutdown();

        assertEquals(1, FakeWeChat.requestsWithCode(code));
        Api.Res first = results.get(0).get().expect(200);
        Api.Res second = results.get(1).get().expect(200);
        assertEquals(first.number("account.id"), second.number("account.id"));
        assertNotEquals(first.text("refreshToken"), second.text("refreshToken"));
    }

    @Test
    void aRefusedCodeSentAgainIsAnsweredWithoutAskingWechatAgain() {
        String code = "used-" + UUID.randomUUID();

        api().post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}");
        Api.Res again = api().post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}");

        assertEquals("WECHAT_CODE_USED", again.code());
        assertEquals(1, FakeWeChat.requestsWithCode(code));
    }

    @Test
    void aCodeThatMetABusyWechatMayBeTriedAgain() {
        String code = "busy-" + UUID.randomUUID();

        api().post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}");
        api().post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}");

        assertEquals(2, FakeWeChat.requestsWithCode(code));
    }

    @Test
    void withTheDevGatewayOffADevCodeGoesToWechatLikeAnyOther() {
        String code = "dev-" + UUID.randomUUID();

        Api.Res res = api().post("/api/v1/auth/wechat", null, "{\"code\":\"" + code + "\"}");

        assertEquals(503, res.status(), "the fake WeChat knows no such code and answers 404");
        assertEquals(1, FakeWeChat.requestsWithCode(code));
    }

    private String column(String column, String openid) throws SQLException {
        return new Db(dataSource).text("SELECT " + column + " FROM account WHERE openid = ?", openid);
    }
}
