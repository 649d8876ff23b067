package org.xinqiao.appointment;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test can stop at any instant and release again; active only where a test asks for it. */
final class MutableClock extends Clock {

    private volatile Instant fixed;

    void stopAt(Instant instant) {
        fixed = instant;
    }

    void release() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Factory
    @Requires(property = "xinqiao.test.mutable-clock", value = "true")
    static class Replacement {
        @Singleton
        @Replaces(Clock.class)
        MutableClock clock() {
            return new MutableClock();
        }
    }
}
