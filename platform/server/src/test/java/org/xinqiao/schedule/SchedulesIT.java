package org.xinqiao.schedule;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quartz.Scheduler;
import org.xinqiao.audit.AuditService;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;

/**
 * The schedules API and the firing pipeline on a running server with Quartz. The test keys (test-tick,
 * test-flaky, test-unbuilt) are seeded disabled and left disabled, so they never fire in other test classes
 * sharing the database.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchedulesIT implements TestPropertyProvider {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final List<String> TEST_KEYS = List.of("test-tick", "test-flaky", "test-unbuilt");
    private static final WireMockServer WECOM = new WireMockServer(options().dynamicPort());

    static {
        WECOM.start();
        WECOM.stubFor(post(urlPathEqualTo("/cgi-bin/webhook/send"))
                .willReturn(aResponse().withStatus(200).withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    FiringRecorder recorder;
    @Inject
    Scheduler scheduler;
    @Inject
    AuditService audit;
    @Inject
    Clock clock;

    Api api;
    Db db;
    String admin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        for (String key : TEST_KEYS) {
            properties.put("xinqiao.schedules." + key + ".description", "Test schedule " + key);
            properties.put("xinqiao.schedules." + key + ".cron", "0 0 4 1 1 ?");
            properties.put("xinqiao.schedules." + key + ".time-zone", "Asia/Shanghai");
            properties.put("xinqiao.schedules." + key + ".enabled", "false");
        }
        properties.put("xinqiao.schedule.alert-webhook-url", "http://127.0.0.1:" + WECOM.port() + "/cgi-bin/webhook/send?key=test-robot");
        return properties;
    }

    @BeforeEach
    void setUp() {
        api = new Api(server, json);
        db = new Db(dataSource);
        admin = api.adminToken();
        TEST_KEYS.forEach(this::switchOff);
    }

    @AfterAll
    void leaveTheTestSchedulesOff() {
        TEST_KEYS.forEach(this::switchOff);
        WECOM.stop();
    }

    @Test
    void theElevenSchedulesOfTheRulesAreListedWithTheirCronsAndNextFireTimes() {
        Api.Res res = api.get("/api/v1/admin/schedules", admin).expect(200);

        Map<String, JsonNode> byKey = new HashMap<>();
        res.json().values().forEach(node -> byKey.put(node.get("key").getStringValue(), node));
        Map<String, String> rules = Map.ofEntries(
                Map.entry("school-lecture", "0 30 19 ? * TUE,THU"),
                Map.entry("joint-meeting", "0 0 9 ? * MON#1"),
                Map.entry("ledger-report", "0 0 18 L * ?"),
                Map.entry("quarterly-publication", "0 0 9 1 1,4,7,10 ?"),
                Map.entry("needs-census", "0 0 8 1 3,9 ?"),
                Map.entry("ecommerce-training", "0 0 14 ? * SAT#2"),
                Map.entry("care-training", "0 0 14 ? 1,4,7,10 SAT#1"),
                Map.entry("career-day", "0 0 9 ? 4,11 SAT#3"),
                Map.entry("annual-close", "0 0 10 5 1 ?"),
                Map.entry("sales-sync", "0 0/15 * * * ?"),
                Map.entry("appointment-reminders", "0 0 20 * * ?"));
        rules.forEach((key, cron) -> {
            assertTrue(byKey.containsKey(key), key);
            assertEquals(cron, byKey.get(key).get("cron").getStringValue(), key);
            assertEquals("Asia/Shanghai", byKey.get(key).get("timeZone").getStringValue(), key);
            assertTrue(byKey.get(key).get("enabled").getBooleanValue(), key);
        });
        // the ledger report is due at 18:00 on the last day of this month, or of the next once that has passed
        ZonedDateTime now = clock.instant().atZone(SHANGHAI);
        ZonedDateTime lastDay = now.toLocalDate().with(TemporalAdjusters.lastDayOfMonth()).atTime(18, 0).atZone(SHANGHAI);
        if (!lastDay.isAfter(now)) {
            lastDay = now.toLocalDate().plusMonths(1).with(TemporalAdjusters.lastDayOfMonth()).atTime(18, 0).atZone(SHANGHAI);
        }
        assertEquals(lastDay.toOffsetDateTime(),
                OffsetDateTime.parse(byKey.get("ledger-report").get("nextFireTime").getStringValue()));
    }

    @Test
    void onlyAdministratorsSeeTheSchedules() {
        String username = "civil-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"a-long-password-1","displayName":"民政 李科长","roles":["CIVIL_AFFAIRS"]}"""
                .formatted(username)).expect(201);
        String staff = api.passwordLogin(username, "a-long-password-1");

        assertEquals("FORBIDDEN", api.get("/api/v1/admin/schedules", staff).expect(403).code());
        assertEquals("FORBIDDEN", api.put("/api/v1/admin/schedules/test-tick", staff, "{\"cron\":\"0 0 5 * * ?\"}").expect(403).code());
        assertEquals(401, api.get("/api/v1/admin/schedules", null).status());
    }

    @Test
    void anUnknownScheduleIsNotFound() {
        assertEquals("NOT_FOUND", api.get("/api/v1/admin/schedules/no-such-job/runs", admin).expect(404).code());
        assertEquals("NOT_FOUND", api.post("/api/v1/admin/schedules/no-such-job/trigger", admin, "").expect(404).code());
    }

    @Test
    void aCronWithAnHourOf25IsRefusedWithTheReasonAndNothingChanges() throws SQLException {
        Api.Res res = api.put("/api/v1/admin/schedules/test-tick", admin,
                "{\"cron\":\"0 0 25 * * ?\",\"timeZone\":\"Asia/Shanghai\",\"enabled\":true}").expect(422);

        assertEquals("INVALID_CRON", res.code());
        assertEquals("cron", res.text("errors.0.field"));
        assertTrue(res.text("detail").contains("hour"), res.raw());
        assertEquals("0 0 4 1 1 ?", db.text("SELECT cron FROM schedule WHERE schedule_key = 'test-tick'"));
        assertEquals("1", db.text("SELECT COUNT(*) FROM schedule WHERE schedule_key = 'test-tick' AND enabled = FALSE"));
    }

    @Test
    void aCronThatNeverFiresAgainIsRefused() {
        Api.Res res = api.put("/api/v1/admin/schedules/test-tick", admin, "{\"cron\":\"0 0 9 1 1 ? 2020\"}").expect(422);

        assertEquals("INVALID_CRON", res.code());
        assertTrue(res.text("detail").contains("never fires"), res.raw());
    }

    @Test
    void anEmptyCronAndAnUnknownTimeZoneAreRefusedAsInvalidCron() {
        Api.Res empty = api.put("/api/v1/admin/schedules/test-tick", admin, "{\"cron\":\" \"}").expect(422);
        Api.Res zone = api.put("/api/v1/admin/schedules/test-tick", admin,
                "{\"cron\":\"0 0 5 * * ?\",\"timeZone\":\"Mars/Olympus\"}").expect(422);

        assertEquals("INVALID_CRON", empty.code());
        assertEquals("INVALID_CRON", zone.code());
        assertEquals("timeZone", zone.text("errors.0.field"));
    }

    @Test
    void aChangedScheduleFiresOnItsNewCronInItsOwnZoneAndTheChangeIsAudited() {
        Instant before = clock.instant();

        Api.Res res = api.put("/api/v1/admin/schedules/test-tick", admin,
                "{\"cron\":\"0 15 4 * * ?\",\"timeZone\":\"Europe/Berlin\",\"enabled\":true}").expect(200);

        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZonedDateTime now = before.atZone(berlin);
        ZonedDateTime expected = now.toLocalDate().atTime(4, 15).atZone(berlin);
        if (!expected.isAfter(now)) {
            expected = now.toLocalDate().plusDays(1).atTime(4, 15).atZone(berlin);
        }
        assertEquals("0 15 4 * * ?", res.text("cron"));
        assertEquals("Europe/Berlin", res.text("timeZone"));
        assertEquals(expected.toOffsetDateTime(), OffsetDateTime.parse(res.text("nextFireTime")));
        List<AuditService.Entry> entries = audit.entriesFor("schedule", "test-tick");
        AuditService.Entry last = entries.get(entries.size() - 1);
        assertEquals("SCHEDULE_UPDATED", last.action());
        assertTrue(last.detail().contains("'0 15 4 * * ?'"), last.detail());
    }

    @Test
    void thePreviewListsTheNextFireTimesOfTheStoredSchedule() {
        Api.Res res = api.get("/api/v1/admin/schedules/ledger-report/preview?count=3", admin).expect(200);

        List<String> times = res.strings("fireTimes");
        assertEquals(3, times.size());
        for (String time : times) {
            OffsetDateTime fire = OffsetDateTime.parse(time);
            assertEquals(LocalTime.of(18, 0), fire.toLocalTime());
            assertEquals("+08:00", fire.getOffset().getId());
            assertEquals(fire.toLocalDate().lengthOfMonth(), fire.getDayOfMonth());
        }
        assertEquals("VALIDATION_FAILED", api.get("/api/v1/admin/schedules/ledger-report/preview?count=0", admin).expect(422).code());
        assertEquals("VALIDATION_FAILED", api.get("/api/v1/admin/schedules/ledger-report/preview?count=101", admin).expect(422).code());
    }

    @Test
    void aPausedScheduleDoesNotFireEvenEverySecondAndFiresAgainOnceResumed() throws Exception {
        api.post("/api/v1/admin/schedules/test-tick/pause", admin, "").expect(200);
        Api.Res enabled = api.put("/api/v1/admin/schedules/test-tick", admin, "{\"cron\":\"* * * * * ?\",\"enabled\":true}").expect(200);
        long lastRun = lastRunId();

        Thread.sleep(3_000);

        assertTrue(enabled.node("paused").getBooleanValue());
        assertTrue(enabled.node("nextFireTime").isNull());
        assertEquals(0, runsAfter("test-tick", lastRun));

        Api.Res resumed = api.post("/api/v1/admin/schedules/test-tick/resume", admin, "").expect(200);

        assertFalse(resumed.node("paused").getBooleanValue());
        assertNotNull(resumed.text("nextFireTime"));
        waitFor(() -> runsAfter("test-tick", lastRun) >= 1, 10_000, "a run after resuming");
        List<String> actions = audit.entriesFor("schedule", "test-tick").stream().map(AuditService.Entry::action).toList();
        assertTrue(actions.containsAll(List.of("SCHEDULE_PAUSED", "SCHEDULE_RESUMED")), actions.toString());
    }

    @Test
    void triggeringADisabledScheduleRunsItOnceAsAManualRun() throws Exception {
        long lastRun = lastRunId();

        Api.Res res = api.post("/api/v1/admin/schedules/test-tick/trigger", admin, "").expect(202);

        assertEquals("test-tick", res.text("key"));
        waitFor(() -> finishedRunsAfter("test-tick", lastRun) >= 1, 30_000, "the triggered run");
        Thread.sleep(1_000);
        assertEquals(1, runsAfter("test-tick", lastRun));
        Api.Res runs = api.get("/api/v1/admin/schedules/test-tick/runs?size=100", admin).expect(200);
        JsonNode run = null;
        for (JsonNode item : runs.node("items").values()) {
            if (item.get("id").getLongValue() > lastRun) {
                run = item;
            }
        }
        assertNotNull(run);
        assertTrue(run.get("manual").getBooleanValue());
        assertEquals("SUCCESS", run.get("outcome").getStringValue());
        assertEquals("tick", run.get("detail").getStringValue());
        assertEquals(scheduler.getSchedulerInstanceId(), run.get("instanceId").getStringValue());
        assertNotNull(run.get("endedAt"));
        Api.Res view = api.get("/api/v1/admin/schedules/test-tick", admin).expect(200);
        assertEquals("SUCCESS", view.text("lastOutcome"));
        assertEquals(run.get("id").getLongValue(), view.number("lastRun.id"));
    }

    @Test
    void aFailingRunIsRecordedWithItsErrorAlertsStaffAndTheNextFiringStillRuns() throws Exception {
        FailEveryOtherRunJob.RUNS.set(0);
        long lastRun = lastRunId();

        api.put("/api/v1/admin/schedules/test-flaky", admin, "{\"cron\":\"* * * * * ?\",\"enabled\":true}").expect(200);
        waitFor(() -> finishedRunsAfter("test-flaky", lastRun) >= 2, 15_000, "two finished runs of test-flaky");
        switchOff("test-flaky");

        Api.Res runs = api.get("/api/v1/admin/schedules/test-flaky/runs?size=100", admin).expect(200);
        List<JsonNode> ours = new ArrayList<>();
        runs.node("items").values().forEach(run -> {
            if (run.get("id").getLongValue() > lastRun && !run.get("outcome").isNull()) {
                ours.add(0, run);
            }
        });
        assertEquals("FAILED", ours.get(0).get("outcome").getStringValue());
        assertEquals("IllegalStateException: the flaky job fails its odd runs (run 1)", ours.get(0).get("detail").getStringValue());
        assertEquals("SUCCESS", ours.get(1).get("outcome").getStringValue());
        assertTrue(ours.get(1).get("scheduledFireTime").getStringValue()
                .compareTo(ours.get(0).get("scheduledFireTime").getStringValue()) > 0);
        WECOM.verify(postRequestedFor(urlPathEqualTo("/cgi-bin/webhook/send"))
                .withQueryParam("key", equalTo("test-robot"))
                .withRequestBody(matchingJsonPath("$.msgtype", equalTo("text")))
                .withRequestBody(matchingJsonPath("$.text.content", containing("test-flaky")))
                .withRequestBody(matchingJsonPath("$.text.content", containing("fails its odd runs (run 1)"))));
    }

    @Test
    void aSecondDeliveryOfTheSameFiringDoesNothing() throws SQLException {
        Instant fireTime = Instant.parse("2031-01-01T00:00:00Z").plusMillis(System.nanoTime() % 1_000_000);

        Optional<Long> first = recorder.fire("test-tick", fireTime, false, "node-a");
        Optional<Long> second = recorder.fire("test-tick", fireTime, false, "node-b");

        assertTrue(first.isPresent());
        assertTrue(second.isEmpty());
        assertEquals(1, CountTicksJob.callsFor(fireTime));
        assertEquals("1", db.text("SELECT COUNT(*) FROM schedule_run WHERE schedule_key = 'test-tick' AND scheduled_fire_time = "
                + "(SELECT scheduled_fire_time FROM schedule_run WHERE id = ?)", first.get()));
        assertEquals("1", db.text("SELECT duplicates FROM schedule_run WHERE id = ?", first.get()));
        assertEquals("node-a", db.text("SELECT instance_id FROM schedule_run WHERE id = ?", first.get()));
    }

    @Test
    void eightSimultaneousDeliveriesOfOneFiringRunTheJobOnce() throws Exception {
        Instant fireTime = Instant.parse("2032-01-01T00:00:00Z").plusMillis(System.nanoTime() % 1_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Long>>> deliveries = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                String instance = "node-" + i;
                deliveries.add(pool.submit(() -> {
                    start.await();
                    return recorder.fire("test-tick", fireTime, false, instance);
                }));
            }
            start.countDown();
            List<Long> claimed = new ArrayList<>();
            for (Future<Optional<Long>> delivery : deliveries) {
                delivery.get().ifPresent(claimed::add);
            }

            assertEquals(1, claimed.size());
            assertEquals(1, CountTicksJob.callsFor(fireTime));
            assertEquals("7", db.text("SELECT duplicates FROM schedule_run WHERE id = ?", claimed.get(0)));
            assertEquals("SUCCESS", db.text("SELECT outcome FROM schedule_run WHERE id = ?", claimed.get(0)));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aKeyWhoseFeatureIsNotBuiltYetSaysSoInItsRunHistory() throws SQLException {
        Instant fireTime = Instant.parse("2033-01-01T00:00:00Z").plusMillis(System.nanoTime() % 1_000_000);

        long run = recorder.fire("test-unbuilt", fireTime, false, "node-a").orElseThrow();

        assertEquals("NOT_AVAILABLE", db.text("SELECT outcome FROM schedule_run WHERE id = ?", run));
        assertEquals("The job for 'test-unbuilt' is not available yet", db.text("SELECT detail FROM schedule_run WHERE id = ?", run));
    }

    @Test
    void healthReportsTheClusteredScheduler() {
        Api.Res res = api.get("/health", null).expect(200);

        assertEquals("UP", res.text("details.scheduler.status"));
        assertTrue(res.node("details.scheduler.details.clustered").getBooleanValue());
    }

    private void switchOff(String key) {
        api.put("/api/v1/admin/schedules/" + key, admin, "{\"cron\":\"0 0 4 1 1 ?\",\"timeZone\":\"Asia/Shanghai\",\"enabled\":false}")
                .expect(200);
        api.post("/api/v1/admin/schedules/" + key + "/resume", admin, "").expect(200);
    }

    private long lastRunId() throws SQLException {
        String max = db.text("SELECT MAX(id) FROM schedule_run");
        return max == null ? 0 : Long.parseLong(max);
    }

    private long runsAfter(String key, long runId) {
        return count("SELECT COUNT(*) FROM schedule_run WHERE schedule_key = ? AND id > ?", key, runId);
    }

    private long finishedRunsAfter(String key, long runId) {
        return count("SELECT COUNT(*) FROM schedule_run WHERE schedule_key = ? AND id > ? AND outcome IS NOT NULL", key, runId);
    }

    private long count(String sql, Object... args) {
        try {
            return Long.parseLong(db.text(sql, args));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
