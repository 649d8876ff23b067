package org.xinqiao.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

/** Without the needs and points features wired in, bookings without a need still work end to end. */
@MicronautTest(transactional = false)
@Property(name = "xinqiao.test.without-loop-steps", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WithoutLoopStepsIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;

    LoopFixture fx;
    Api api;
    Db db;

    @BeforeAll
    void fixture() {
        api = new Api(server, json);
        fx = new LoopFixture(api);
        db = new Db(dataSource);
    }

    @Test
    void bookingForANeedIs503AndNothingIsBooked() throws Exception {
        long slot = fx.slots(fx.tutor().id(), null, LoopFixture.today().plusDays(7), 1).get(0);
        String guardian = fx.guardian();
        long child = fx.child(guardian);

        Api.Res res = api.post("/api/v1/appointments", guardian, "{\"slotId\":" + slot + ",\"childId\":" + child + ",\"needId\":42}");

        assertEquals(503, res.status());
        assertEquals("NEEDS_UNAVAILABLE", res.code());
        assertEquals("0", db.text("SELECT COUNT(*) FROM appointment WHERE child_id = ?", child));
    }

    @Test
    void aTutoringSessionWithoutANeedIsBookedCompletedAndRated() {
        LoopFixture.Tutor tutor = fx.tutor();
        long slot = fx.slots(tutor.id(), null, LoopFixture.today().plusDays(7), 1).get(1);
        String guardian = fx.guardian();
        long id = fx.book(guardian, slot, fx.child(guardian)).expect(201).number("id");

        api.post("/api/v1/appointments/" + id + "/check-in", tutor.token(), "").expect(200);
        api.post("/api/v1/appointments/" + id + "/complete", tutor.token(), "").expect(200);
        Api.Res rated = api.post("/api/v1/appointments/" + id + "/feedback", guardian, "{\"rating\":4}");

        assertEquals(200, rated.status());
        assertEquals(4, rated.number("feedback.rating"));
    }
}
