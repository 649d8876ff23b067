package org.xinqiao.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

/** What a preview starts from and how many fire times it may list. */
class PreviewBoundsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final CronPolicy policy = new CronPolicy();

    @Test
    void aFireTimeEqualToTheStartingInstantIsNotListed() {
        Instant atEightPm = Instant.parse("2027-01-01T20:00:00+08:00");

        List<ZonedDateTime> fireTimes = policy.preview("0 0 20 * * ?", SHANGHAI, atEightPm, 1);

        assertEquals(List.of(ZonedDateTime.parse("2027-01-02T20:00+08:00[Asia/Shanghai]")), fireTimes);
    }

    @Test
    void aScheduleLimitedToOneYearListsOnlyTheFireTimesLeft() {
        Instant december2027 = Instant.parse("2027-12-01T00:00:00+08:00");

        List<ZonedDateTime> fireTimes = policy.preview("0 0 9 1 * ? 2027", SHANGHAI, december2027, 5);

        assertEquals(List.of(ZonedDateTime.parse("2027-12-01T09:00+08:00[Asia/Shanghai]")), fireTimes);
    }

    @Test
    void aPreviewListsAtMostOneHundredFireTimes() {
        Instant newYear = Instant.parse("2027-01-01T00:00:00+08:00");

        int atTheLimit = policy.preview("0 0/15 * * * ?", SHANGHAI, newYear, 100).size();
        DomainException tooMany = assertThrows(DomainException.class,
                () -> policy.preview("0 0/15 * * * ?", SHANGHAI, newYear, 101));
        DomainException none = assertThrows(DomainException.class,
                () -> policy.preview("0 0/15 * * * ?", SHANGHAI, newYear, 0));

        assertEquals(100, atTheLimit);
        assertEquals(ErrorCode.VALIDATION_FAILED, tooMany.code());
        assertEquals(ErrorCode.VALIDATION_FAILED, none.code());
    }
}
