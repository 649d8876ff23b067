package org.xinqiao.schedule;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Keeps Quartz's job store in line with the schedule table: one durable job per key, and a cron trigger
 * while the schedule is active (enabled and not paused). Other instances of a cluster may do the same at
 * the same moment; everything here tolerates finding their work done.
 */
@Singleton
class QuartzSchedules {

    static final String GROUP = "xinqiao";

    private final Scheduler scheduler;

    QuartzSchedules(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    /**
     * At start-up: adds what is missing, replaces a trigger that no longer matches the table, and leaves a
     * matching one alone, so a firing missed while every server was down still fires once on return.
     */
    void ensure(Schedule schedule) {
        call(() -> {
            addJobIfMissing(schedule);
            Trigger current = scheduler.getTrigger(triggerKey(schedule.key()));
            if (!schedule.active()) {
                if (current != null) {
                    scheduler.unscheduleJob(current.getKey());
                }
            } else if (current == null) {
                try {
                    scheduler.scheduleJob(trigger(schedule));
                } catch (ObjectAlreadyExistsException anotherInstanceWasFirst) {
                    // same table, same trigger
                }
            } else if (!matches(current, schedule)) {
                scheduler.rescheduleJob(current.getKey(), trigger(schedule));
            }
        });
    }

    /**
     * After an administrator's change: a fresh trigger from now on, or none. A resumed schedule starts
     * from its next fire time; what it missed while paused is not made up.
     */
    void apply(Schedule schedule) {
        call(() -> {
            addJobIfMissing(schedule);
            TriggerKey key = triggerKey(schedule.key());
            if (!schedule.active()) {
                scheduler.unscheduleJob(key);
            } else if (scheduler.checkExists(key)) {
                scheduler.rescheduleJob(key, trigger(schedule));
            } else {
                try {
                    scheduler.scheduleJob(trigger(schedule));
                } catch (ObjectAlreadyExistsException concurrentChange) {
                    scheduler.rescheduleJob(key, trigger(schedule));
                }
            }
        });
    }

    void triggerNow(Schedule schedule) {
        call(() -> {
            addJobIfMissing(schedule);
            scheduler.triggerJob(JobKey.jobKey(schedule.key(), GROUP), new JobDataMap(Map.of(FiringJob.MANUAL, true)));
        });
    }

    Optional<Instant> nextFireTime(String key) {
        try {
            Trigger trigger = scheduler.getTrigger(triggerKey(key));
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz could not read the trigger of " + key, e);
        }
    }

    void start() {
        call(scheduler::start);
    }

    private void addJobIfMissing(Schedule schedule) throws SchedulerException {
        JobDetail job = JobBuilder.newJob(FiringJob.class)
                .withIdentity(schedule.key(), GROUP)
                .withDescription(schedule.description())
                .storeDurably()
                .build();
        if (!scheduler.checkExists(job.getKey())) {
            try {
                scheduler.addJob(job, false);
            } catch (ObjectAlreadyExistsException anotherInstanceWasFirst) {
                // same table, same job
            }
        }
    }

    private static Trigger trigger(Schedule schedule) {
        return TriggerBuilder.newTrigger()
                .withIdentity(triggerKey(schedule.key()))
                .forJob(schedule.key(), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(schedule.cron())
                        .inTimeZone(TimeZone.getTimeZone(schedule.zone()))
                        // a firing missed while every server was down runs once on return, not once per miss
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    private static boolean matches(Trigger current, Schedule schedule) {
        return current instanceof CronTrigger cron
                && cron.getCronExpression().equals(schedule.cron())
                && cron.getTimeZone().getID().equals(schedule.zone().getId())
                && cron.getMisfireInstruction() == CronTrigger.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW;
    }

    private static TriggerKey triggerKey(String key) {
        return TriggerKey.triggerKey(key, GROUP);
    }

    private static void call(QuartzCall call) {
        try {
            call.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz refused a change: " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface QuartzCall {
        void run() throws SchedulerException;
    }
}
