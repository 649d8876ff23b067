package org.xinqiao.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.Places;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProvidersIT implements WithFakeWeChat {

    private static final String AVAILABILITY = "[{\"dayOfWeek\":\"SATURDAY\",\"from\":\"09:00\",\"to\":\"12:00\"}]";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    Api api;
    String admin;
    long village;
    long otherVillage;

    @BeforeAll
    void places() {
        api = new Api(server, json);
        admin = api.adminToken();
        village = Places.newVillage(api, admin, "志愿村");
        otherVillage = Places.newVillage(api, admin, "远山村");
    }

    private Api.Res apply(String token, String qualifications, String serviceTypes) {
        return api.post("/api/v1/volunteers/applications", token, """
                {"kind":"PRACTITIONER","displayName":"电商小王","qualifications":%s,"villages":[%d],"serviceTypes":%s,"availability":%s}"""
                .formatted(qualifications, village, serviceTypes, AVAILABILITY));
    }

    private String staffOf(long villageId) {
        String username = "vs-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"a-long-password-1","displayName":"村干部","roles":["VILLAGE_STAFF"],"villageIds":[%d]}"""
                .formatted(username, villageId)).expect(201);
        return api.passwordLogin(username, "a-long-password-1");
    }

    @Test
    void aPractitionerAppliesAndVillageStaffApproveGrantingThePractitionerRole() {
        String token = api.weChatLogin("ok-" + UUID.randomUUID());
        Api.Res applied = apply(token, "[{\"qualification\":\"TUTOR\",\"expiresOn\":\"2030-12-31\"}]", "[\"TUTORING\"]").expect(201);

        Api.Res approved = api.post("/api/v1/admin/volunteers/" + applied.number("id") + "/approve", staffOf(village), "{\"note\":\"ok\"}");

        assertEquals(200, approved.status());
        assertEquals("APPROVED", approved.text("status"));
        assertEquals("2030-12-31", approved.text("qualifications.0.expiresOn"));
        assertEquals("APPROVED", api.get("/api/v1/volunteers/me", token).expect(200).text("status"));
        assertTrue(api.get("/api/v1/me", token).expect(200).strings("roles").contains("PRACTITIONER"));
    }

    @Test
    void staffOfAnotherVillageMayNotDecide() {
        String token = api.weChatLogin("ok-" + UUID.randomUUID());
        long id = apply(token, "[{\"qualification\":\"TUTOR\"}]", "[\"TUTORING\"]").expect(201).number("id");

        Api.Res res = api.post("/api/v1/admin/volunteers/" + id + "/approve", staffOf(otherVillage), "{}");

        assertEquals(403, res.status());
        assertEquals("PENDING", api.get("/api/v1/volunteers/me", token).expect(200).text("status"));
    }

    @Test
    void offeringAServiceWithoutItsQualificationIs422AndNothingIsStored() {
        String token = api.weChatLogin("ok-" + UUID.randomUUID());

        Api.Res res = apply(token, "[{\"qualification\":\"TUTOR\"}]", "[\"PSYCHOLOGICAL_COUNSELLING\"]");

        assertEquals(422, res.status());
        assertEquals("serviceTypes", res.text("errors.0.field"));
        assertEquals(404, api.get("/api/v1/volunteers/me", token).status());
    }

    @Test
    void applyingTwiceIs409UntilRejectedAndThenAllowedAgain() {
        String token = api.weChatLogin("ok-" + UUID.randomUUID());
        long id = apply(token, "[{\"qualification\":\"TUTOR\"}]", "[\"TUTORING\"]").expect(201).number("id");

        Api.Res twice = apply(token, "[{\"qualification\":\"TUTOR\"}]", "[\"TUTORING\"]");
        api.post("/api/v1/admin/volunteers/" + id + "/reject", admin, "{\"note\":\"证书不清晰\"}").expect(200);
        Api.Res afterRejection = apply(token, "[{\"qualification\":\"TUTOR\"}]", "[\"TUTORING\"]");

        assertEquals(409, twice.status());
        assertEquals("DUPLICATE", twice.code());
        assertEquals(201, afterRejection.status());
        assertEquals("PENDING", afterRejection.text("status"));
    }

    @Test
    void anOpenRecruitmentIsListedAndTakesOneApplicationPerPerson() {
        String title = "暑期支教 " + UUID.randomUUID();
        long id = api.post("/api/v1/admin/recruitments", admin, """
                {"villageId":%d,"title":"%s","description":"每周六上午辅导作业","serviceType":"TUTORING","openUntil":"%s"}"""
                .formatted(village, title, LocalDate.now().plusDays(30))).expect(201).number("id");
        String volunteer = api.weChatLogin("ok-" + UUID.randomUUID());

        Api.Res listed = api.get("/api/v1/recruitments?size=100", volunteer).expect(200);
        Api.Res first = api.post("/api/v1/recruitments/" + id + "/applications", volunteer, "{\"message\":\"我是大学生\"}");
        Api.Res second = api.post("/api/v1/recruitments/" + id + "/applications", volunteer, "{}");

        assertTrue(listed.raw().contains(title));
        assertEquals(201, first.status());
        assertEquals(409, second.status());
        assertEquals("DUPLICATE", second.code());
        assertEquals(1, api.get("/api/v1/admin/recruitments/" + id + "/applications", admin).expect(200).number("total"));
    }

    @Test
    void aGuardianCannotPostARecruitment() {
        Api.Res res = api.post("/api/v1/admin/recruitments", api.weChatLogin("ok-" + UUID.randomUUID()),
                "{\"title\":\"x\",\"description\":\"y\"}");

        assertEquals(403, res.status());
    }
}
