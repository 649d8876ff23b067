package org.xinqiao.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.Places;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffAccountsIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api() {
        return new Api(server, json);
    }

    @Test
    void theAdministratorCreatesStaffWhoThenLogInWithTheirPassword() {
        String admin = api().adminToken();
        long village = Places.newVillage(api(), admin, "长寿村");
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);

        Api.Res created = api().post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"a-long-password-1","displayName":"村委 王主任 🌾","roles":["VILLAGE_STAFF"],"villageIds":[%d]}"""
                .formatted(username, village));
        Api.Res me = api().get("/api/v1/me", api().passwordLogin(username, "a-long-password-1"));

        created.expect(201);
        me.expect(200);
        assertEquals("村委 王主任 🌾", me.text("displayName"));
        assertEquals(List.of("VILLAGE_STAFF"), me.strings("roles"));
        assertEquals(List.of(village), me.numbers("villageIds"));
    }

    @Test
    void aGuardianCannotCreateAccounts() {
        String guardian = api().weChatLogin("ok-" + UUID.randomUUID());

        Api.Res res = api().post("/api/v1/admin/accounts", guardian, """
                {"username":"sneaky","password":"a-long-password-1","displayName":"x","roles":["ADMIN"]}""");

        assertEquals(403, res.status());
        assertEquals("FORBIDDEN", res.code());
    }

    @Test
    void theAdministratorGrantsRolesToAWechatAccount() {
        String admin = api().adminToken();
        long village = Places.newVillage(api(), admin, "普门村");
        Api.Res login = api().post("/api/v1/auth/wechat", null, "{\"code\":\"ok-" + UUID.randomUUID() + "\"}").expect(200);

        Api.Res granted = api().put("/api/v1/admin/accounts/" + login.number("account.id") + "/roles", admin,
                "{\"roles\":[\"GUARDIAN\",\"STATION_STAFF\"],\"villageIds\":[" + village + "]}");

        granted.expect(200);
        assertEquals(List.of("GUARDIAN", "STATION_STAFF"), granted.strings("roles"));
    }

    @Test
    void grantingAnUnknownVillageIs422AndChangesNothing() {
        String admin = api().adminToken();
        Api.Res login = api().post("/api/v1/auth/wechat", null, "{\"code\":\"ok-" + UUID.randomUUID() + "\"}").expect(200);
        String path = "/api/v1/admin/accounts/" + login.number("account.id") + "/roles";

        Api.Res res = api().put(path, admin, "{\"roles\":[\"VILLAGE_STAFF\"],\"villageIds\":[987654321]}");

        assertEquals(422, res.status());
        assertEquals("villageIds", res.text("errors.0.field"));
        assertEquals(List.of("GUARDIAN"), api().get("/api/v1/me", login.text("accessToken")).strings("roles"));
    }

    @Test
    void aWrongPasswordIs401BadCredentials() {
        Api.Res res = api().post("/api/v1/auth/password", null, "{\"username\":\"root-admin\",\"password\":\"wrong\"}");

        assertEquals(401, res.status());
        assertEquals("BAD_CREDENTIALS", res.code());
    }

    @Test
    void repeatedFailedLoginsAreSlowedDown() {
        String admin = api().adminToken();
        String username = "guess-" + UUID.randomUUID().toString().substring(0, 8);
        api().post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"the-right-password","displayName":"x","roles":["STATION_STAFF"]}""".formatted(username))
                .expect(201);
        String wrong = "{\"username\":\"" + username + "\",\"password\":\"wrong-password\"}";

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(401, api().post("/api/v1/auth/password", null, wrong).status(), "attempt " + attempt);
        }
        Api.Res fifth = api().post("/api/v1/auth/password", null, wrong);
        Api.Res evenRight = api().post("/api/v1/auth/password", null,
                "{\"username\":\"" + username + "\",\"password\":\"the-right-password\"}");

        assertEquals(429, fifth.status());
        assertEquals("TOO_MANY_ATTEMPTS", fifth.code());
        assertEquals(429, evenRight.status(), "the right password waits out the block too");
        assertTrue(Integer.parseInt(evenRight.header("Retry-After").orElseThrow()) >= 1);
    }

    @Test
    void aShortPasswordIs422WithTheField() {
        Api.Res res = api().post("/api/v1/admin/accounts", api().adminToken(), """
                {"username":"shorty","password":"short","displayName":"x","roles":["STATION_STAFF"]}""");

        assertEquals(422, res.status());
        assertEquals("VALIDATION_FAILED", res.code());
        assertEquals("password", res.text("errors.0.field"));
    }
}
