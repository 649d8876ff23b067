package org.xinqiao.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.common.Hashes;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TokensIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    TokenGenerator tokenGenerator;
    @Inject
    DataSource dataSource;

    Api api() {
        return new Api(server, json);
    }

    @Test
    void aRefreshTokenGivesANewPairAndIsThenUsedUp() {
        Api.Res login = api().post("/api/v1/auth/wechat", null, "{\"code\":\"ok-" + UUID.randomUUID() + "\"}").expect(200);
        String first = login.text("refreshToken");

        Api.Res refreshed = api().post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + first + "\"}");
        Api.Res replayed = api().post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + first + "\"}");

        refreshed.expect(200);
        assertNotEquals(first, refreshed.text("refreshToken"));
        assertEquals(login.number("account.id"), refreshed.number("account.id"));
        api().get("/api/v1/me", refreshed.text("accessToken")).expect(200);
        assertEquals(401, replayed.status());
        assertEquals("TOKEN_INVALID", replayed.code());
    }

    @Test
    void replayingAUsedRefreshTokenRevokesTheTokensIssuedFromIt() {
        String first = api().post("/api/v1/auth/wechat", null, "{\"code\":\"ok-" + UUID.randomUUID() + "\"}").expect(200).text("refreshToken");
        String second = api().post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + first + "\"}").expect(200).text("refreshToken");

        api().post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + first + "\"}").expect(401);
        Api.Res afterTheft = api().post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + second + "\"}");

        assertEquals(401, afterTheft.status());
    }

    @Test
    void anExpiredRefreshTokenIsRefused() throws SQLException {
        String refresh = api().post("/api/v1/auth/wechat", null, "{\"code\":\"ok-" + UUID.randomUUID() + "\"}").expect(200).text("refreshToken");
        assertEquals(1, new Db(dataSource).update("UPDATE refresh_token SET expires_at = ? WHERE token_hash = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), Hashes.sha256Hex(refresh)));

        Api.Res res = api().post("/api/v1/auth/refresh", null, "{\"refreshToken\":\"" + refresh + "\"}");

        assertEquals(401, res.status());
        assertEquals("TOKEN_INVALID", res.code());
    }

    @Test
    void anExpiredAccessTokenIs401() {
        long now = Instant.now().getEpochSecond();
        String expired = tokenGenerator.generateToken(Map.of("sub", "1", "roles", List.of("ADMIN"), "iat", now - 1000,
                "exp", now - 100)).orElseThrow();

        Api.Res res = api().get("/api/v1/me", expired);

        assertEquals(401, res.status());
        assertEquals("UNAUTHENTICATED", res.code());
    }

    @Test
    void issuedTokensAreSignedWithHs256() {
        String access = api().post("/api/v1/auth/wechat", null, "{\"code\":\"ok-" + UUID.randomUUID() + "\"}").expect(200).text("accessToken");

        String header = new String(java.util.Base64.getUrlDecoder().decode(access.split("\\.")[0]), java.nio.charset.StandardCharsets.UTF_8);

        assertEquals("{\"alg\":\"HS256\"}", header);
        assertEquals(3, access.split("\\.").length);
    }

    @Test
    void anUnsignedTokenClaimingAdminIs401() {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        long exp = Instant.now().getEpochSecond() + 600;
        String unsigned = b64.encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
                + b64.encodeToString(("{\"sub\":\"1\",\"roles\":[\"ADMIN\"],\"exp\":" + exp + "}").getBytes()) + ".";

        assertEquals(401, api().get("/api/v1/me", unsigned).status());
        assertEquals(401, api().post("/api/v1/admin/accounts", unsigned, "{}").status());
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        String forged = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwicm9sZXMiOlsiQURNSU4iXX0.c2lnbmF0dXJlLW9mLWFub3RoZXIta2V5";

        assertEquals(401, api().get("/api/v1/me", forged).status());
    }
}
