package org.xinqiao.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

/** The cancellation window (default 2 hours) pinned on both sides of its edge, with the server's clock stopped. */
@Property(name = "xinqiao.test.recording-loop-steps", value = "true")
@MicronautTest(transactional = false)
@Property(name = "xinqiao.test.mutable-clock", value = "true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CancellationWindowIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    MutableClock clock;

    LoopFixture fx;
    Api api;
    Db db;

    @BeforeAll
    void fixture() {
        api = new Api(server, json);
        fx = new LoopFixture(api);
        db = new Db(dataSource);
    }

    @AfterEach
    void realTime() {
        clock.release();
    }

    @Test
    void exactlyTwoHoursBeforeTheStartABookingCanStillBeCancelled() throws Exception {
        long slot = fx.slots(fx.tutor().id(), null, LoopFixture.today().plusDays(3), 1).get(0);
        String guardian = fx.guardian();
        Api.Res booked = fx.book(guardian, slot, fx.child(guardian)).expect(201);
        Instant start = Instant.parse(booked.text("startsAt"));

        clock.stopAt(start.minus(Duration.ofHours(2)));
        Api.Res res = api.post("/api/v1/appointments/" + booked.number("id") + "/cancel", guardian, "");

        assertEquals(200, res.status());
        assertEquals("CANCELLED", res.text("status"));
        assertEquals("0", db.text("SELECT booked FROM slot WHERE id = ?", slot));
    }

    @Test
    void oneSecondLaterItCanNoLongerBeCancelled() throws Exception {
        long slot = fx.slots(fx.tutor().id(), null, LoopFixture.today().plusDays(3), 1).get(1);
        String guardian = fx.guardian();
        Api.Res booked = fx.book(guardian, slot, fx.child(guardian)).expect(201);
        Instant start = Instant.parse(booked.text("startsAt"));

        clock.stopAt(start.minus(Duration.ofHours(2)).plusSeconds(1));
        Api.Res res = api.post("/api/v1/appointments/" + booked.number("id") + "/cancel", guardian, "");

        assertEquals(409, res.status());
        assertEquals("CANCELLATION_WINDOW_CLOSED", res.code());
        assertEquals("BOOKED", db.text("SELECT status FROM appointment WHERE id = ?", booked.number("id")));
        assertEquals("1", db.text("SELECT booked FROM slot WHERE id = ?", slot));
    }
}
