package org.xinqiao.schedule;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import java.util.concurrent.atomic.AtomicInteger;

/** {@code test-flaky}: its 1st, 3rd, 5th … run throws, the others succeed. */
@Prototype
@Named("test-flaky")
class FailEveryOtherRunJob implements ScheduledJob {

    static final AtomicInteger RUNS = new AtomicInteger();

    @Override
    public JobResult run(Firing firing) {
        int run = RUNS.incrementAndGet();
        if (run % 2 == 1) {
            throw new IllegalStateException("the flaky job fails its odd runs (run " + run + ")");
        }
        return JobResult.done("run " + run + " went well");
    }
}
