package org.xinqiao.schedule;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** Keeps {@code config/schedules.yml} (as shipped in the jar) and the table of RULES §6 the same. */
class DefaultSchedulesFileTest {

    private static final Map<String, String> RULES_SECTION_6 = Map.ofEntries(
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

    private static List<ScheduleDefinition> defaults;

    @BeforeAll
    static void readTheFile() throws IOException {
        try (InputStream in = DefaultSchedulesFileTest.class.getResourceAsStream("/schedules.yml")) {
            assertNotNull(in, "schedules.yml is not on the classpath");
            Map<String, Map<String, Map<String, Map<String, Object>>>> root = new Yaml().load(in);
            defaults = root.get("xinqiao").get("schedules").entrySet().stream()
                    .map(entry -> new ScheduleDefinition(
                            entry.getKey(),
                            (String) entry.getValue().get("description"),
                            (String) entry.getValue().get("cron"),
                            ZoneId.of((String) entry.getValue().get("time-zone")),
                            (Boolean) entry.getValue().get("enabled")))
                    .toList();
        }
    }

    @Test
    void theFileHoldsExactlyTheSchedulesOfTheRulesWithTheirCrons() {
        Map<String, String> cronByKey = new LinkedHashMap<>();

        defaults.forEach(schedule -> cronByKey.put(schedule.key(), schedule.cron()));

        assertEquals(11, defaults.size());
        assertEquals(RULES_SECTION_6, cronByKey);
    }

    @Test
    void everyDefaultRunsInShanghaiAndIsEnabled() {
        for (ScheduleDefinition schedule : defaults) {
            assertEquals(ZoneId.of("Asia/Shanghai"), schedule.zone(), schedule.key());
            assertTrue(schedule.enabled(), schedule.key());
        }
    }

    @Test
    void everyDefaultHasADescriptionAndPassesTheCronPolicy() {
        CronPolicy policy = new CronPolicy();
        Instant newYear2027 = Instant.parse("2027-01-01T00:00:00+08:00");

        for (ScheduleDefinition schedule : defaults) {
            assertNotNull(schedule.description(), schedule.key());
            assertDoesNotThrow(() -> policy.validate(schedule.cron(), schedule.zone(), newYear2027), schedule.key());
        }
    }
}
