package org.xinqiao.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

/** RULES.md §3 under load: a slot's capacity is never exceeded and a child is never booked twice at once. */
@Property(name = "xinqiao.test.recording-loop-steps", value = "true")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookingConcurrencyIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;

    LoopFixture fx;
    Db db;

    @BeforeAll
    void fixture() {
        fx = new LoopFixture(new Api(server, json));
        db = new Db(dataSource);
    }

    @Test
    void fiftyConcurrentBookingsOfASlotWithOneSeatGiveExactlyOneAppointment() throws Exception {
        LoopFixture.Tutor tutor = fx.tutor();
        long slot = fx.slots(tutor.id(), null, LoopFixture.today().plusDays(3), 1).get(0);
        String guardian = fx.guardian();
        List<Long> children = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            children.add(fx.child(guardian));
        }

        Map<String, Integer> outcomes = fire(children.stream().<Callable<Api.Res>>map(child -> () -> fx.book(guardian, slot, child)).toList());

        assertEquals(Map.of("201", 1, "409 SLOT_FULL", 49), outcomes);
        assertEquals("1", db.text("SELECT COUNT(*) FROM appointment WHERE slot_id = ?", slot));
        assertEquals("1", db.text("SELECT booked FROM slot WHERE id = ?", slot));
    }

    @Test
    void twentyConcurrentBookingsOfOneChildIntoTwoOverlappingSlotsGiveExactlyOneAppointment() throws Exception {
        LoopFixture.Tutor first = fx.tutor();
        LoopFixture.Tutor second = fx.tutor();
        long slotA = fx.slots(first.id(), null, LoopFixture.today().plusDays(4), 20).get(2);
        long slotB = fx.slots(second.id(), null, LoopFixture.today().plusDays(4), 20).get(2);
        String guardian = fx.guardian();
        long child = fx.child(guardian);
        List<Callable<Api.Res>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long slot = i % 2 == 0 ? slotA : slotB;
            calls.add(() -> fx.book(guardian, slot, child));
        }

        Map<String, Integer> outcomes = fire(calls);

        assertEquals(Map.of("201", 1, "409 TIME_CONFLICT", 19), outcomes);
        assertEquals("1", db.text("SELECT COUNT(*) FROM appointment WHERE child_id = ?", child));
        assertEquals("1", db.text("SELECT SUM(booked) FROM slot WHERE id IN (?, ?)", slotA, slotB));
    }

    /** Fires all calls at once; answers how many got each status (and problem code). */
    private static Map<String, Integer> fire(List<Callable<Api.Res>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Api.Res>> futures = new ArrayList<>();
        for (Callable<Api.Res> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        Map<String, Integer> outcomes = new TreeMap<>();
        for (Future<Api.Res> future : futures) {
            Api.Res res = future.get();
            outcomes.merge(res.status() + (res.code() == null ? "" : " " + res.code()), 1, Integer::sum);
        }
        pool.shutdown();
        return outcomes;
    }
}
