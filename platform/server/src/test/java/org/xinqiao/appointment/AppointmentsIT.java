package org.xinqiao.appointment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.appointment.LoopSteps.NeedStage;
import org.xinqiao.need.ServiceType;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

@Property(name = "xinqiao.test.recording-loop-steps", value = "true")
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppointmentsIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    RecordingLoopSteps loop;

    LoopFixture fx;
    Api api;
    Db db;

    @BeforeAll
    void fixture() {
        api = new Api(server, json);
        fx = new LoopFixture(api);
        db = new Db(dataSource);
    }

    private static LocalDate inDays(int days) {
        return LoopFixture.today().plusDays(days);
    }

    @Test
    void aNeedIsBookedServedAndClosedByFeedbackAndTheTutorEarnsAClaimForTheHour() {
        LoopFixture.Tutor tutor = fx.tutor();
        long slot = fx.slots(tutor.id(), null, inDays(2), 1).get(0);
        String guardian = fx.guardian();
        long child = fx.child(guardian);
        long need = loop.declare(child, ServiceType.TUTORING);

        Api.Res booked = api.post("/api/v1/appointments", guardian,
                "{\"slotId\":" + slot + ",\"childId\":" + child + ",\"needId\":" + need + "}").expect(201);
        long id = booked.number("id");
        assertEquals(List.of(NeedStage.SUBMITTED, NeedStage.MATCHED, NeedStage.SCHEDULED), loop.history(need));

        assertEquals("CHECKED_IN", api.post("/api/v1/appointments/" + id + "/check-in", tutor.token(), "").expect(200).text("status"));
        assertEquals("COMPLETED", api.post("/api/v1/appointments/" + id + "/complete", tutor.token(), "").expect(200).text("status"));
        assertEquals(NeedStage.SERVED, loop.history(need).get(3));
        assertEquals(List.of(new RecordingLoopSteps.Credit(tutor.accountId(), id, new BigDecimal("1.00"), null)), loop.creditsFor(id));

        Api.Res feedback = api.post("/api/v1/appointments/" + id + "/feedback", guardian, "{\"rating\":5,\"comment\":\"很耐心\"}").expect(200);
        assertEquals(5, feedback.number("feedback.rating"));
        assertEquals(List.of(NeedStage.SUBMITTED, NeedStage.MATCHED, NeedStage.SCHEDULED, NeedStage.SERVED, NeedStage.FEEDBACK_GIVEN,
                NeedStage.CLOSED), loop.history(need));

        Api.Res again = api.post("/api/v1/appointments/" + id + "/feedback", guardian, "{\"rating\":1,\"comment\":\"改主意了\"}");
        assertEquals(409, again.status());
        assertEquals("FEEDBACK_ALREADY_GIVEN", again.code());
        assertEquals(5, api.get("/api/v1/appointments/" + id, guardian).expect(200).number("feedback.rating"));
    }

    @Test
    void stationStaffCompletingATutoringSessionConfirmTheTutorsClaimAtOnce() throws Exception {
        LoopFixture.Tutor tutor = fx.tutor();
        long slot = fx.slots(tutor.id(), null, inDays(2), 1).get(1);
        String guardian = fx.guardian();
        long id = fx.book(guardian, slot, fx.child(guardian)).expect(201).number("id");
        String staff = fx.staff("STATION_STAFF");
        long staffId = api.get("/api/v1/me", staff).expect(200).number("id");

        api.post("/api/v1/appointments/" + id + "/check-in", staff, "").expect(200);
        api.post("/api/v1/appointments/" + id + "/complete", staff, "").expect(200);

        assertEquals(List.of(new RecordingLoopSteps.Credit(tutor.accountId(), id, new BigDecimal("1.00"), staffId)), loop.creditsFor(id));
    }

    @Test
    void aGuardianBookingAnotherFamilysChildIsTold404AndNothingIsBooked() throws Exception {
        LoopFixture.Tutor tutor = fx.tutor();
        long slot = fx.slots(tutor.id(), null, inDays(2), 1).get(2);
        long child = fx.child(fx.guardian());

        Api.Res res = fx.book(fx.guardian(), slot, child);

        assertEquals(404, res.status());
        assertEquals("NOT_FOUND", res.code());
        assertEquals("0", db.text("SELECT COUNT(*) FROM appointment WHERE child_id = ?", child));
        assertEquals("0", db.text("SELECT booked FROM slot WHERE id = ?", slot));
    }

    @Test
    void aRetriedBookingWithTheSameIdempotencyKeyAnswersTheFirstAppointmentAndCreatesNothingNew() throws Exception {
        LoopFixture.Tutor tutor = fx.tutor();
        List<Long> slots = fx.slots(tutor.id(), null, inDays(2), 3);
        String guardian = fx.guardian();
        long child = fx.child(guardian);
        String key = UUID.randomUUID().toString();

        Api.Res first = bookWithKey(guardian, key, slots.get(3), child);
        Api.Res retry = bookWithKey(guardian, key, slots.get(3), child);
        Api.Res otherBody = bookWithKey(guardian, key, slots.get(4), child);

        assertEquals(201, first.status());
        assertEquals(201, retry.status());
        assertEquals(first.number("id"), retry.number("id"));
        assertEquals(422, otherBody.status());
        assertEquals("IDEMPOTENCY_KEY_REUSED", otherBody.code());
        assertEquals("1", db.text("SELECT COUNT(*) FROM appointment WHERE child_id = ?", child));
        assertEquals("1", db.text("SELECT booked FROM slot WHERE id = ?", slots.get(3)));
    }

    @Test
    void aProviderIsNeverBookedIntoTwoOverlappingSlots() throws Exception {
        LoopFixture.Tutor tutor = fx.tutor();
        long room = fx.room(10);
        long inRoom = fx.slots(tutor.id(), room, inDays(5), 5).get(0);
        long anywhere = fx.slots(tutor.id(), null, inDays(5), 5).get(0);
        String guardian = fx.guardian();
        fx.book(guardian, inRoom, fx.child(guardian)).expect(201);

        Api.Res second = fx.book(guardian, anywhere, fx.child(guardian));

        assertEquals(409, second.status());
        assertEquals("TIME_CONFLICT", second.code());
        assertEquals("0", db.text("SELECT booked FROM slot WHERE id = ?", anywhere));
    }

    @Test
    void aRoomIsNeverBookedForTwoOverlappingSessions() {
        long room = fx.room(10);
        long first = fx.slots(fx.tutor().id(), room, inDays(6), 5).get(0);
        long second = fx.slots(fx.tutor().id(), room, inDays(6), 5).get(0);
        String guardian = fx.guardian();
        fx.book(guardian, first, fx.child(guardian)).expect(201);

        Api.Res res = fx.book(guardian, second, fx.child(guardian));

        assertEquals(409, res.status());
        assertEquals("TIME_CONFLICT", res.code());
    }

    @Test
    void aSlotWithSeveralSeatsTakesSeveralChildrenOfOneProvider() {
        long slot = fx.slots(fx.tutor().id(), null, inDays(2), 3).get(5);
        String guardian = fx.guardian();

        for (int i = 0; i < 3; i++) {
            fx.book(guardian, slot, fx.child(guardian)).expect(201);
        }
        Api.Res fourth = fx.book(guardian, slot, fx.child(guardian));

        assertEquals("SLOT_FULL", fourth.code());
    }

    @Test
    void cancellingGivesTheSeatBackAndTheNeedReturnsToMatched() throws Exception {
        long slot = fx.slots(fx.tutor().id(), null, inDays(3), 1).get(0);
        String guardian = fx.guardian();
        long child = fx.child(guardian);
        long need = loop.declare(child, ServiceType.TUTORING);
        long id = api.post("/api/v1/appointments", guardian, "{\"slotId\":" + slot + ",\"childId\":" + child + ",\"needId\":" + need + "}")
                .expect(201).number("id");

        assertEquals("CANCELLED", api.post("/api/v1/appointments/" + id + "/cancel", guardian, "").expect(200).text("status"));

        assertEquals("0", db.text("SELECT booked FROM slot WHERE id = ?", slot));
        assertEquals(NeedStage.MATCHED, loop.history(need).get(loop.history(need).size() - 1));
        fx.book(guardian, slot, fx.child(guardian)).expect(201);
    }

    @Test
    void aGuardianCannotCheckInAndFeedbackBeforeCompletionIsAConflict() {
        long slot = fx.slots(fx.tutor().id(), null, inDays(3), 1).get(1);
        String guardian = fx.guardian();
        long id = fx.book(guardian, slot, fx.child(guardian)).expect(201).number("id");

        Api.Res checkIn = api.post("/api/v1/appointments/" + id + "/check-in", guardian, "");
        Api.Res early = api.post("/api/v1/appointments/" + id + "/feedback", guardian, "{\"rating\":4}");

        assertEquals(403, checkIn.status());
        assertEquals(409, early.status());
        assertEquals("CONFLICT", early.code());
    }

    @Test
    void aRatingOutsideOneToFiveIs422AndNothingIsStored() throws Exception {
        LoopFixture.Tutor tutor = fx.tutor();
        long slot = fx.slots(tutor.id(), null, inDays(3), 1).get(2);
        String guardian = fx.guardian();
        long id = fx.book(guardian, slot, fx.child(guardian)).expect(201).number("id");
        api.post("/api/v1/appointments/" + id + "/check-in", tutor.token(), "").expect(200);
        api.post("/api/v1/appointments/" + id + "/complete", tutor.token(), "").expect(200);

        Api.Res res = api.post("/api/v1/appointments/" + id + "/feedback", guardian, "{\"rating\":6}");

        assertEquals(422, res.status());
        assertEquals("0", db.text("SELECT COUNT(*) FROM appointment_feedback WHERE appointment_id = ?", id));
    }

    @Test
    void anotherGuardianCannotSeeTheAppointment() {
        long slot = fx.slots(fx.tutor().id(), null, inDays(3), 1).get(3);
        String guardian = fx.guardian();
        long id = fx.book(guardian, slot, fx.child(guardian)).expect(201).number("id");

        assertEquals(404, api.get("/api/v1/appointments/" + id, fx.guardian()).status());
        assertEquals(404, api.post("/api/v1/appointments/" + id + "/cancel", fx.guardian(), "").status());
    }

    @Test
    void generatingTheSameRangeTwiceCreatesNothingNew() {
        long tutor = fx.tutor().id();
        String body = """
                {"from":"%s","to":"%s","serviceType":"TUTORING","providerId":%d}""".formatted(inDays(10), inDays(11), tutor);

        Api.Res first = api.post("/api/v1/admin/stations/" + fx.station + "/slots/generate", fx.admin, body).expect(200);
        Api.Res second = api.post("/api/v1/admin/stations/" + fx.station + "/slots/generate", fx.admin, body).expect(200);

        assertEquals(24, first.number("created"), "08:00–20:00 in one-hour slots on two days");
        assertEquals(0, second.number("created"));
        assertEquals(24, second.number("existing"));
    }

    @Test
    void noSlotsAreGeneratedAfterTheProvidersQualificationExpires() {
        String token = fx.login();
        long provider = api.post("/api/v1/volunteers/applications", token, """
                {"displayName":"王老师","qualifications":[{"qualification":"TUTOR","expiresOn":"%s"}],"villages":[%d],
                 "serviceTypes":["TUTORING"],"availability":%s}""".formatted(inDays(20), fx.village, LoopFixture.EVERY_DAY_8_TO_20))
                .expect(201).number("id");
        api.post("/api/v1/admin/volunteers/" + provider + "/approve", fx.admin, "{}").expect(200);

        Api.Res generated = api.post("/api/v1/admin/stations/" + fx.station + "/slots/generate", fx.admin, """
                {"from":"%s","to":"%s","serviceType":"TUTORING","providerId":%d}""".formatted(inDays(20), inDays(22), provider)).expect(200);

        assertEquals(12, generated.number("created"), "only the expiry day itself, 08:00–20:00");
    }

    @Test
    void anUnapprovedProviderGetsNoSlots() {
        String token = fx.login();
        long provider = api.post("/api/v1/volunteers/applications", token, """
                {"displayName":"赵老师","qualifications":[{"qualification":"TUTOR"}],"villages":[%d],
                 "serviceTypes":["TUTORING"],"availability":%s}""".formatted(fx.village, LoopFixture.EVERY_DAY_8_TO_20))
                .expect(201).number("id");

        Api.Res generated = api.post("/api/v1/admin/stations/" + fx.station + "/slots/generate", fx.admin, """
                {"from":"%s","to":"%s","serviceType":"TUTORING","providerId":%d}""".formatted(inDays(20), inDays(20), provider)).expect(200);

        assertEquals(0, generated.number("created"));
        assertNull(loop.needOf(-1).orElse(null));
    }

    private Api.Res bookWithKey(String token, String key, long slot, long child) {
        return api.send(api.builder("/api/v1/appointments", token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString("{\"slotId\":" + slot + ",\"childId\":" + child + "}", StandardCharsets.UTF_8)));
    }
}
