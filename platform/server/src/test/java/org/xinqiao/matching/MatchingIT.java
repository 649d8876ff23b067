package org.xinqiao.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.appointment.LoopFixture;
import org.xinqiao.appointment.LoopSteps.NeedStage;
import org.xinqiao.appointment.RecordingLoopSteps;
import org.xinqiao.need.ServiceType;
import org.xinqiao.support.Api;
import org.xinqiao.support.WithFakeWeChat;

@Property(name = "xinqiao.test.recording-loop-steps", value = "true")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchingIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    RecordingLoopSteps loop;

    LoopFixture fx;
    Api api;

    @BeforeAll
    void fixture() {
        api = new Api(server, json);
        fx = new LoopFixture(api);
    }

    @Test
    void aTutoringNeedIsMatchedToTheVillagesTutorAndACounsellingNeedWithoutACounsellorWaits() {
        LoopFixture.Tutor tutor = fx.tutor();
        String guardian = fx.guardian();
        long child = fx.child(guardian);
        long tutoring = loop.declare(child, fx.village, ServiceType.TUTORING, 3);
        long counselling = loop.declare(child, fx.village, ServiceType.PSYCHOLOGICAL_COUNSELLING, 2);

        Api.Res run = api.post("/api/v1/admin/matching/runs", fx.staff("VILLAGE_STAFF"), "{\"villageId\":" + fx.village + "}").expect(200);

        assertEquals(1, run.number("matched"));
        assertEquals(1, run.number("unmatched"));
        assertEquals(tutoring, run.number("assignments.0.needId"));
        assertEquals(tutor.id(), run.number("assignments.0.providerId"));
        assertEquals(List.of(counselling), run.numbers("unmatchedNeedIds"));
        assertEquals(NeedStage.MATCHED, loop.statusOf(tutoring));
        assertEquals(NeedStage.SUBMITTED, loop.statusOf(counselling));
    }

    @Test
    void theStationsMatchSuccessRateIsNeedsMatchedOverNeedsDeclaredInItsVillage() {
        String guardian = fx.guardian();
        long child = fx.child(guardian);
        LoopFixture other = new LoopFixture(api);
        long bookedAndServed = loop.declare(child, other.village, ServiceType.TUTORING, 2);
        loop.declare(child, other.village, ServiceType.CAREER_PLANNING, 1);
        loop.declare(child, other.village, ServiceType.MATERIAL_AID, 1);
        loop.advanceNeed(bookedAndServed, NeedStage.MATCHED, 1, "test");
        loop.advanceNeed(bookedAndServed, NeedStage.SCHEDULED, 1, "test");
        loop.advanceNeed(bookedAndServed, NeedStage.SERVED, 1, "test");
        String period = "?from=" + LoopFixture.today().minusDays(1) + "&to=" + LoopFixture.today().plusDays(1);

        Api.Res kpi = api.get("/api/v1/admin/stations/" + other.station + "/kpi" + period, other.admin).expect(200);

        assertEquals(3, kpi.number("declared"));
        assertEquals(1, kpi.number("matched"));
        assertEquals(1, kpi.number("served"));
        assertEquals("0.3333", kpi.node("matchSuccessRate").getValue().toString());
        assertEquals(404, api.get("/api/v1/admin/stations/" + other.station + "/kpi" + period, fx.staff("STATION_STAFF")).status());
    }

    @Test
    void aGuardianCannotRunMatching() {
        Api.Res res = api.post("/api/v1/admin/matching/runs", fx.guardian(), "{\"villageId\":" + fx.village + "}");

        assertEquals(403, res.status());
    }
}
