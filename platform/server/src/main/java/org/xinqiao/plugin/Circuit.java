package org.xinqiao.plugin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One plugin's circuit breaker. After {@code threshold} failed calls in a row the circuit opens: calls are refused
 * at once for {@code openFor}. Then one trial call is let through (half open): its success closes the circuit,
 * its failure opens it again. A success resets the count.
 */
final class Circuit {

    enum State { CLOSED, OPEN, HALF_OPEN }

    record Snapshot(State state, int consecutiveFailures, Instant openUntil, String lastError, Instant lastErrorAt) {
    }

    private final int threshold;
    private final Duration openFor;
    private int failures;
    private Instant openUntil;
    private boolean trialRunning;
    private String lastError;
    private Instant lastErrorAt;

    Circuit(int threshold, Duration openFor) {
        if (threshold < 1) {
            throw new IllegalArgumentException("threshold must be at least 1");
        }
        this.threshold = threshold;
        this.openFor = openFor;
    }

    /** Whether a call may go ahead now; if not, until when the circuit stays open. */
    synchronized Optional<Instant> refusal(Instant now) {
        if (openUntil == null) {
            return Optional.empty();
        }
        if (now.isBefore(openUntil) || trialRunning) {
            return Optional.of(now.isBefore(openUntil) ? openUntil : now.plus(openFor));
        }
        trialRunning = true;
        return Optional.empty();
    }

    synchronized void succeeded() {
        failures = 0;
        openUntil = null;
        trialRunning = false;
    }

    synchronized void failed(Instant now, String error) {
        failures++;
        lastError = error;
        lastErrorAt = now;
        trialRunning = false;
        if (failures >= threshold) {
            openUntil = now.plus(openFor);
        }
    }

    synchronized Snapshot snapshot(Instant now) {
        State state = openUntil == null ? State.CLOSED : now.isBefore(openUntil) ? State.OPEN : State.HALF_OPEN;
        return new Snapshot(state, failures, openUntil, lastError, lastErrorAt);
    }
}
