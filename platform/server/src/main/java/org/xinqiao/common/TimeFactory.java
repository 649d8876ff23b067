package org.xinqiao.common;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** Time comes from one injected clock so tests can stand on any date. */
@Factory
final class TimeFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
