package org.xinqiao.appointment;

import java.time.Duration;
import java.time.Instant;

/**
 * A booking may be cancelled until the cancellation window before its start opens: at exactly {@code start − window}
 * it still may ("until" includes the moment), one instant later it may not.
 */
final class CancellationPolicy {

    private final Duration window;

    CancellationPolicy(Duration window) {
        if (window.isNegative()) {
            throw new IllegalArgumentException("the cancellation window must not be negative");
        }
        this.window = window;
    }

    boolean mayCancel(Instant start, Instant now) {
        return !now.isAfter(start.minus(window));
    }

    Instant lastMoment(Instant start) {
        return start.minus(window);
    }
}
