package org.xinqiao.schedule;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@code test-tick}: does nothing but remember each firing it was given. */
@Prototype
@Named("test-tick")
class CountTicksJob implements ScheduledJob {

    static final List<Instant> FIRE_TIMES = new CopyOnWriteArrayList<>();

    static long callsFor(Instant fireTime) {
        return FIRE_TIMES.stream().filter(fireTime::equals).count();
    }

    @Override
    public JobResult run(Firing firing) throws InterruptedException {
        FIRE_TIMES.add(firing.scheduledFireTime());
        // long enough for a second delivery of the same firing to overlap this one
        Thread.sleep(50);
        return JobResult.done("tick");
    }
}
