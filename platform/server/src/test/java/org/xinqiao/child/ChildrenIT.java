package org.xinqiao.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.audit.AuditService;
import org.xinqiao.support.Api;
import org.xinqiao.support.Places;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChildrenIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    AuditService audit;

    Api api;
    String admin;
    long village;
    long otherVillage;

    @BeforeAll
    void places() {
        api = new Api(server, json);
        admin = api.adminToken();
        village = Places.newVillage(api, admin, "清河村");
        otherVillage = Places.newVillage(api, admin, "红岭村");
    }

    /** Registration is judged on today's date in Asia/Shanghai, as the server does. */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private Api.Res register(String token, String name, LocalDate birthDate, Boolean consent) {
        return api.post("/api/v1/children", token, """
                {"name":"%s","gender":"FEMALE","birthDate":"%s","villageId":%d,"relation":"GRANDPARENT"%s}"""
                .formatted(name, birthDate, village, consent == null ? "" : ",\"consent\":" + consent));
    }

    @Test
    void aThirteenYearOldNeedsConsent() {
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());
        LocalDate fourteenthBirthdayTomorrow = today().minusYears(14).plusDays(1);

        Api.Res res = register(guardian, "小红", fourteenthBirthdayTomorrow, null);

        assertEquals(422, res.status());
        assertEquals("CONSENT_REQUIRED", res.code());
        assertEquals("consent", res.text("errors.0.field"));
        Api.Res children = api.get("/api/v1/children", guardian);
        assertEquals(0, children.number("total"), "nothing was stored");
        assertEquals(0, children.node("items").size(), "an empty list is answered, not left out");
    }

    @Test
    void aThirteenYearOldWithConsentIsRegisteredWithTheConsentRecorded() {
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());

        Api.Res res = register(guardian, "小红", today().minusYears(14).plusDays(1), true);

        res.expect(201);
        assertFalse(res.node("consentRecordedAt").isNull());
    }

    @Test
    void aChildTurningFourteenTodayNeedsNoConsent() {
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());

        Api.Res res = register(guardian, "小刚", today().minusYears(14), null);

        res.expect(201);
    }

    @Test
    void aGuardianListsAndReadsOwnChildren() {
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());
        long id = register(guardian, "小明", today().minusYears(9), true).expect(201).number("id");

        Api.Res list = api.get("/api/v1/children", guardian).expect(200);
        Api.Res one = api.get("/api/v1/children/" + id, guardian).expect(200);

        assertEquals(1, list.number("total"));
        assertEquals(id, list.number("items.0.id"));
        assertEquals("小明", one.text("name"));
    }

    @Test
    void guardianBCannotReadGuardianAsChild() {
        String guardianA = api.weChatLogin("ok-" + UUID.randomUUID());
        String guardianB = api.weChatLogin("ok-" + UUID.randomUUID());
        long id = register(guardianA, "小明", today().minusYears(9), true).expect(201).number("id");

        Api.Res res = api.get("/api/v1/children/" + id, guardianB);

        assertEquals(404, res.status());
        assertEquals("NOT_FOUND", res.code());
    }

    @Test
    void staffOfTheVillageReadAChildAndTheReadIsAudited() {
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());
        long id = register(guardian, "小明", today().minusYears(9), true).expect(201).number("id");
        String staff = staffOf(village);

        api.get("/api/v1/children/" + id, staff).expect(200);

        var reads = audit.entriesFor("child", Long.toString(id)).stream().filter(e -> e.action().equals("child.read")).toList();
        assertEquals(1, reads.size());
    }

    @Test
    void staffOfAnotherVillageGet404() {
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());
        long id = register(guardian, "小明", today().minusYears(9), true).expect(201).number("id");

        assertEquals(404, api.get("/api/v1/children/" + id, staffOf(otherVillage)).status());
    }

    @Test
    void namesWithEmojiRoundTrip() {
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());
        String name = "朵朵🌸😀";

        long id = register(guardian, name, today().minusYears(8), true).expect(201).number("id");

        assertEquals(name, api.get("/api/v1/children/" + id, guardian).text("name"));
    }

    @Test
    void anUnknownVillageIs422AndNothingIsStored() {
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());

        Api.Res res = api.post("/api/v1/children", guardian, """
                {"name":"小明","gender":"MALE","birthDate":"2017-05-01","villageId":987654321,"relation":"GRANDPARENT","consent":true}""");

        assertEquals(422, res.status());
        assertEquals("villageId", res.text("errors.0.field"));
        assertEquals(0, api.get("/api/v1/children", guardian).number("total"));
    }

    @Test
    void aBirthDateInTheFutureIs422() {
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());

        Api.Res res = register(guardian, "未来", today().plusDays(1), true);

        assertEquals(422, res.status());
        assertEquals("birthDate", res.text("errors.0.field"));
    }

    private String staffOf(long villageId) {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"a-long-password-1","displayName":"社工","roles":["VILLAGE_STAFF"],"villageIds":[%d]}"""
                .formatted(username, villageId)).expect(201);
        return api.passwordLogin(username, "a-long-password-1");
    }
}
