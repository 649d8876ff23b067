package org.xinqiao.schedule;

import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.inject.Singleton;

/** Seeds the catalog, brings Quartz in line with it, then starts Quartz: in that order, on every instance. */
@Singleton
class SchedulerStartup implements ApplicationEventListener<StartupEvent> {

    private final ScheduleDefaults defaults;
    private final ScheduleService schedules;
    private final QuartzSchedules quartz;

    SchedulerStartup(ScheduleDefaults defaults, ScheduleService schedules, QuartzSchedules quartz) {
        this.defaults = defaults;
        this.schedules = schedules;
        this.quartz = quartz;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        schedules.seedAndSync(defaults.read());
        quartz.start();
    }
}
