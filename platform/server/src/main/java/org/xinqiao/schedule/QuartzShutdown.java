package org.xinqiao.schedule;

import io.micronaut.context.event.BeanPreDestroyEvent;
import io.micronaut.context.event.BeanPreDestroyEventListener;
import jakarta.inject.Singleton;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops Quartz when the application context closes, waiting for running jobs: without the wait they would
 * go on to find the pool closed. Also frees Quartz's JVM-wide registry entry for the scheduler's name, so a
 * context started later in the same JVM (one test class after another) gets a scheduler of its own.
 */
@Singleton
class QuartzShutdown implements BeanPreDestroyEventListener<Scheduler> {

    private static final Logger LOG = LoggerFactory.getLogger(QuartzShutdown.class);

    @Override
    public Scheduler onPreDestroy(BeanPreDestroyEvent<Scheduler> event) {
        Scheduler scheduler = event.getBean();
        try {
            if (!scheduler.isShutdown()) {
                scheduler.shutdown(true);
            }
        } catch (SchedulerException e) {
            LOG.warn("Quartz did not shut down cleanly", e);
        }
        return scheduler;
    }
}
