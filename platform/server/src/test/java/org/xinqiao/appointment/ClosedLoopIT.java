package org.xinqiao.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.Places;
import org.xinqiao.support.WithFakeWeChat;

/**
 * The whole closed loop of RULES.md §3 through the real needs and points features: need declared → booked →
 * checked in → completed → feedback, the need closed, the tutor's points credited, the village's ledgers filled.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClosedLoopIT implements WithFakeWeChat {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String WEEK = "[" + String.join(",", List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
            "SATURDAY", "SUNDAY").stream().map(d -> "{\"dayOfWeek\":\"" + d + "\",\"from\":\"08:00\",\"to\":\"20:00\"}").toList()) + "]";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    @Test
    void aDeclaredNeedIsServedAndClosedAndTheTutorIsCreditedOnce() {
        Api api = new Api(server, json);
        String admin = api.adminToken();
        long village = Places.newVillage(api, admin, "汪湾村");
        String guardian = api.weChatLogin("ok-" + UUID.randomUUID());
        long child = api.post("/api/v1/children", guardian, """
                {"name":"小军","gender":"MALE","birthDate":"%s","villageId":%d,"relation":"GRANDPARENT","consent":true}"""
                .formatted(LocalDate.now(SHANGHAI).minusYears(9), village)).expect(201).number("id");
        long need = api.post("/api/v1/needs", guardian, """
                {"childId":%d,"serviceType":"TUTORING","description":"数学作业辅导","urgency":2}""".formatted(child))
                .expect(201).number("id");
        String tutor = api.weChatLogin("ok-" + UUID.randomUUID());
        long provider = api.post("/api/v1/volunteers/applications", tutor, """
                {"displayName":"李老师","qualifications":[{"qualification":"TUTOR"}],"villages":[%d],"serviceTypes":["TUTORING"],
                 "availability":%s}""".formatted(village, WEEK)).expect(201).number("id");
        api.post("/api/v1/admin/volunteers/" + provider + "/approve", admin, "{}").expect(200);
        long station = api.get("/api/v1/stations?villageId=" + village, admin).expect(200).number("items.0.id");
        long room = api.post("/api/v1/admin/stations/" + station + "/rooms", admin,
                "{\"kind\":\"STUDY_ROOM\",\"name\":\"自习室\",\"capacity\":4}").expect(201).number("id");
        api.put("/api/v1/admin/stations/" + station + "/opening-hours", admin, "{\"hours\":" + WEEK + "}").expect(200);
        LocalDate day = LocalDate.now(SHANGHAI).plusDays(2);
        api.post("/api/v1/admin/stations/" + station + "/slots/generate", admin, """
                {"from":"%s","to":"%s","serviceType":"TUTORING","providerId":%d,"roomId":%d,"capacity":1}"""
                .formatted(day, day, provider, room)).expect(200);
        long slot = api.get("/api/v1/stations/" + station + "/slots?from=" + day + "&to=" + day + "&serviceType=TUTORING", guardian)
                .expect(200).number("items.0.id");

        long appointment = api.post("/api/v1/appointments", guardian,
                "{\"slotId\":" + slot + ",\"childId\":" + child + ",\"needId\":" + need + "}").expect(201).number("id");
        String scheduled = api.get("/api/v1/needs/" + need, guardian).text("status");
        api.post("/api/v1/appointments/" + appointment + "/check-in", tutor, "").expect(200);
        api.post("/api/v1/appointments/" + appointment + "/complete", tutor, "").expect(200);
        String served = api.get("/api/v1/needs/" + need, guardian).text("status");
        api.post("/api/v1/appointments/" + appointment + "/feedback", guardian, "{\"rating\":5,\"comment\":\"很耐心\"}").expect(200);

        assertEquals("SCHEDULED", scheduled);
        assertEquals("SERVED", served);
        assertEquals("CLOSED", api.get("/api/v1/needs/" + need, guardian).text("status"));
        // RULES §4: tutoring earns 10 points an hour; the slot is one hour; the tutor completed it, so staff confirm the claim
        Api.Res claims = api.get("/api/v1/points/claims", tutor).expect(200);
        assertEquals(1, claims.number("total"));
        assertEquals("SUBMITTED", claims.text("items.0.status"));
        assertEquals(10, claims.number("items.0.points"));
        Api.Res ledgers = api.get("/api/v1/villages/" + village + "/ledgers?month=" + YearMonth.now(SHANGHAI), admin).expect(200);
        assertEquals(1, ledgers.node("needList").size());
        assertEquals(need, ledgers.number("needList.0.id"));
        assertEquals(1, ledgers.node("serviceList").size());
        assertEquals(1, ledgers.node("feedbackList").size());
    }
}
