package org.xinqiao.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SyncWindowTest {

    private static final Duration OVERLAP = Duration.ofMinutes(10);
    private static final Duration MAX = Duration.ofDays(1);

    @Test
    void aPullStartsTenMinutesBeforeTheWatermarkAndEndsNow() {
        SyncWindow window = SyncWindow.after(Instant.parse("2026-03-02T12:00:00Z"), Instant.parse("2026-03-02T12:15:00Z"),
                OVERLAP, MAX);

        assertEquals(Instant.parse("2026-03-02T11:50:00Z"), window.from());
        assertEquals(Instant.parse("2026-03-02T12:15:00Z"), window.to());
    }

    @Test
    void aWatermarkFarBehindIsCaughtUpOneDayAtATime() {
        SyncWindow window = SyncWindow.after(Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-03-02T12:15:00Z"),
                OVERLAP, MAX);

        assertEquals(Instant.parse("2026-01-31T23:50:00Z"), window.from());
        assertEquals(Instant.parse("2026-02-02T00:00:00Z"), window.to());
    }

    @Test
    void aWatermarkExactlyOneDayBehindEndsNow() {
        SyncWindow window = SyncWindow.after(Instant.parse("2026-03-01T12:15:00Z"), Instant.parse("2026-03-02T12:15:00Z"),
                OVERLAP, MAX);

        assertEquals(Instant.parse("2026-03-02T12:15:00Z"), window.to());
    }

    @Test
    void aPullRightAfterTheLastStillReReadsTheOverlap() {
        Instant now = Instant.parse("2026-03-02T12:15:00Z");

        SyncWindow window = SyncWindow.after(now, now, OVERLAP, MAX);

        assertFalse(window.isEmpty());
        assertEquals(Instant.parse("2026-03-02T12:05:00Z"), window.from());
    }
}
