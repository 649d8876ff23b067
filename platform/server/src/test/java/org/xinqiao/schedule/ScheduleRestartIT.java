package org.xinqiao.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.SchedulerRepository;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;

/**
 * Stops a server and starts another on the same database (an H2 file under target/, or the MySQL database of
 * the MySQL leg): the database, not the configuration, decides the schedules; a firing missed while no server
 * ran fires once on return.
 */
class ScheduleRestartIT {

    private static final String CHANGED = "test-restart-changed";
    private static final String PAUSED = "test-restart-paused";
    private static final String MISSED = "test-restart-missed";

    private final Map<String, Object> properties = properties();

    @Test
    void aScheduleChangedThroughTheApiAndAPausedOneSurviveARestartAndAMissedFiringRunsOnceOnReturn() throws Exception {
        OffsetDateTime nextBefore;
        Instant threeHoursAgo;
        long lastRun;
        try (EmbeddedServer first = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            Api api = api(first);
            String admin = api.adminToken();
            nextBefore = OffsetDateTime.parse(api.put("/api/v1/admin/schedules/" + CHANGED, admin,
                    "{\"cron\":\"0 15 4 ? * MON\",\"timeZone\":\"Europe/Berlin\",\"enabled\":true}").expect(200).text("nextFireTime"));
            api.post("/api/v1/admin/schedules/" + PAUSED + "/pause", admin, "").expect(200);
            api.put("/api/v1/admin/schedules/" + PAUSED, admin, "{\"cron\":\"* * * * * ?\",\"enabled\":true}").expect(200);
            api.put("/api/v1/admin/schedules/" + MISSED, admin, "{\"cron\":\"0 0 0/6 * * ?\",\"enabled\":true}").expect(200);

            // every server is down, and the 6-hourly firing due three hours ago passes unseen
            first.getApplicationContext().getBean(Scheduler.class).shutdown(true);
            Db db = new Db(first.getApplicationContext().getBean(DataSource.class));
            threeHoursAgo = Instant.now().minusSeconds(3 * 3600);
            assertEquals(1, db.update("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = ?",
                    threeHoursAgo.toEpochMilli(), MISSED));
            lastRun = lastRunId(db);
        }

        try (EmbeddedServer second = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            Api api = api(second);
            String admin = api.adminToken();
            Db db = new Db(second.getApplicationContext().getBean(DataSource.class));
            Scheduler scheduler = second.getApplicationContext().getBean(Scheduler.class);

            Api.Res changed = api.get("/api/v1/admin/schedules/" + CHANGED, admin).expect(200);
            assertEquals("0 15 4 ? * MON", changed.text("cron"));
            assertEquals("Europe/Berlin", changed.text("timeZone"));
            assertTrue(changed.node("enabled").getBooleanValue());
            assertEquals(nextBefore, OffsetDateTime.parse(changed.text("nextFireTime")));
            CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(CHANGED, QuartzSchedules.GROUP));
            assertEquals("0 15 4 ? * MON", trigger.getCronExpression());
            assertEquals("Europe/Berlin", trigger.getTimeZone().getID());

            Api.Res paused = api.get("/api/v1/admin/schedules/" + PAUSED, admin).expect(200);
            assertTrue(paused.node("paused").getBooleanValue());
            assertEquals("* * * * * ?", paused.text("cron"));

            waitForRuns(db, MISSED, lastRun, 1);
            Thread.sleep(2_500);
            assertEquals(0, runs(db, PAUSED, lastRun));
            assertEquals(1, runs(db, MISSED, lastRun));
            Api.Res latest = api.get("/api/v1/admin/schedules/" + MISSED + "/runs?size=1", admin).expect(200);
            assertTrue(latest.number("items.0.id") > lastRun);
            assertEquals("The job for '" + MISSED + "' is not available yet", latest.text("items.0.detail"));
            Instant missedFire = Instant.parse(latest.text("items.0.scheduledFireTime"));
            assertTrue(missedFire.isAfter(threeHoursAgo.plusSeconds(3 * 3600 - 120)), "fired on return, at " + missedFire);
            ZonedDateTime nextMissed = OffsetDateTime.parse(api.get("/api/v1/admin/schedules/" + MISSED, admin).expect(200)
                    .text("nextFireTime")).atZoneSameInstant(ZoneId.of("Asia/Shanghai"));
            assertEquals(0, nextMissed.getHour() % 6);
            assertEquals(0, nextMissed.getMinute());

            for (String key : new String[] {CHANGED, PAUSED, MISSED}) {
                api.put("/api/v1/admin/schedules/" + key, admin, "{\"cron\":\"0 0 4 1 1 ?\",\"enabled\":false}").expect(200);
            }
        }
    }

    @Test
    void closingTheApplicationShutsItsSchedulerDownAndFreesItsNameForTheNextContext() throws Exception {
        Scheduler scheduler;
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
            scheduler = server.getApplicationContext().getBean(Scheduler.class);
            assertTrue(scheduler.isStarted());
        }

        assertTrue(scheduler.isShutdown());
        assertNull(SchedulerRepository.getInstance().lookup(scheduler.getSchedulerName()));
    }

    private static Map<String, Object> properties() {
        Map<String, Object> properties = new HashMap<>();
        for (String key : new String[] {CHANGED, PAUSED, MISSED}) {
            properties.put("xinqiao.schedules." + key + ".description", "Test schedule " + key);
            properties.put("xinqiao.schedules." + key + ".cron", "0 0 4 1 1 ?");
            properties.put("xinqiao.schedules." + key + ".enabled", "false");
        }
        properties.put("micronaut.server.port", -1);
        if (System.getenv("DATASOURCES_DEFAULT_URL") == null) {
            Path file = Path.of("target", "restart-" + UUID.randomUUID(), "xinqiao").toAbsolutePath();
            properties.put("datasources.default.url", "jdbc:h2:file:" + file
                    + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;TIME ZONE=UTC");
        }
        return properties;
    }

    private static Api api(EmbeddedServer server) {
        return new Api(server, server.getApplicationContext().getBean(JsonMapper.class));
    }

    private static long lastRunId(Db db) throws SQLException {
        String max = db.text("SELECT MAX(id) FROM schedule_run");
        return max == null ? 0 : Long.parseLong(max);
    }

    private static long runs(Db db, String key, long after) throws SQLException {
        return Long.parseLong(db.text("SELECT COUNT(*) FROM schedule_run WHERE schedule_key = ? AND id > ?", key, after));
    }

    private static void waitForRuns(Db db, String key, long after, long expected) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (runs(db, key, after) < expected) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for a run of " + key);
            }
            Thread.sleep(100);
        }
    }
}
