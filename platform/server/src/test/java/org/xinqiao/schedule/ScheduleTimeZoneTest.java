package org.xinqiao.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A schedule's cron is wall-clock time in its own zone, whatever zone the server runs in. */
class ScheduleTimeZoneTest {

    private static final Instant NEW_YEAR_2027_IN_SHANGHAI = Instant.parse("2027-01-01T00:00:00+08:00");

    private final CronPolicy policy = new CronPolicy();

    @Test
    void aScheduleInUrumqiFiresAtEightInTheEveningUrumqiTime() {
        ZoneId urumqi = policy.zone("Asia/Urumqi");

        List<ZonedDateTime> fireTimes = policy.preview("0 0 20 * * ?", urumqi, NEW_YEAR_2027_IN_SHANGHAI, 2);

        assertEquals(List.of(
                ZonedDateTime.parse("2027-01-01T20:00+06:00[Asia/Urumqi]"),
                ZonedDateTime.parse("2027-01-02T20:00+06:00[Asia/Urumqi]")), fireTimes);
        assertEquals(Instant.parse("2027-01-01T14:00:00Z"), fireTimes.get(0).toInstant());
    }

    @Test
    void aRegionIdIsAccepted() {
        assertEquals(ZoneId.of("Asia/Shanghai"), policy.zone("Asia/Shanghai"));
    }

    @Test
    void aMisspeltZoneIsRefusedRatherThanTakenForGmt() {
        InvalidCronException refused = assertThrows(InvalidCronException.class, () -> policy.zone("Asia/Shangai"));

        assertEquals("Unknown time zone 'Asia/Shangai': use a region id such as Asia/Shanghai", refused.reason());
    }

    @Test
    void theAmbiguousAbbreviationCstIsRefused() {
        InvalidCronException refused = assertThrows(InvalidCronException.class, () -> policy.zone("CST"));

        assertEquals("Unknown time zone 'CST': use a region id such as Asia/Shanghai", refused.reason());
    }

    @Test
    void anEmptyZoneIsRefused() {
        InvalidCronException refused = assertThrows(InvalidCronException.class, () -> policy.zone(""));

        assertEquals("The time zone is empty", refused.reason());
    }
}
