package org.xinqiao.plugin;

import java.time.Duration;
import java.time.Instant;

/**
 * The time window of one pull: it starts {@code overlap} before the watermark (orders arrive and change late, and
 * pages shift while they are read) and ends at now, or {@code maxWindow} after the watermark if that comes first.
 * After a complete pull the watermark moves to the window's end.
 */
record SyncWindow(Instant from, Instant to) {

    static SyncWindow after(Instant watermark, Instant now, Duration overlap, Duration maxWindow) {
        Instant capped = watermark.plus(maxWindow);
        return new SyncWindow(watermark.minus(overlap), capped.isBefore(now) ? capped : now);
    }

    boolean isEmpty() {
        return !to.isAfter(from);
    }
}
