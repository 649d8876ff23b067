package org.xinqiao.appointment;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CancellationPolicyTest {

    private final CancellationPolicy twoHours = new CancellationPolicy(Duration.ofHours(2));
    private final Instant start = Instant.parse("2026-03-10T01:00:00Z");

    @Test
    void atExactlyTwoHoursBeforeTheStartABookingMayBeCancelled() {
        assertTrue(twoHours.mayCancel(start, Instant.parse("2026-03-09T23:00:00Z")));
    }

    @Test
    void oneNanosecondLaterItMayNot() {
        assertFalse(twoHours.mayCancel(start, Instant.parse("2026-03-09T23:00:00Z").plusNanos(1)));
    }

    @Test
    void aDayAheadItMay() {
        assertTrue(twoHours.mayCancel(start, start.minus(Duration.ofDays(1))));
    }

    @Test
    void withAZeroWindowItMayBeCancelledUpToTheStartItself() {
        CancellationPolicy none = new CancellationPolicy(Duration.ZERO);

        assertTrue(none.mayCancel(start, start));
        assertFalse(none.mayCancel(start, start.plusMillis(1)));
    }
}
