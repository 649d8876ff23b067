package org.xinqiao.schedule;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one firing: claims it in the run history (unique per schedule key and scheduled fire time, so a
 * duplicate delivery stops here), calls the key's {@link ScheduledJob}, and records how it ended. A job that
 * throws is recorded FAILED and alerts staff; nothing is rethrown.
 */
@Singleton
class FiringRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(FiringRecorder.class);
    private static final int MAX_DETAIL = 2000;

    /** The features whose jobs are still to come, as a run's detail names them. */
    private static final Map<String, String> FEATURES = Map.of(
            "ledger-report", "the needs feature's monthly three ledgers",
            "quarterly-publication", "the disclosure feature",
            "needs-census", "the needs census",
            "annual-close", "the points and fund annual close",
            "sales-sync", "the partner plugins' sales sync",
            "appointment-reminders", "the appointment feature's reminders");

    private final ScheduleRepository schedules;
    private final ScheduleRunRepository runs;
    private final BeanContext beans;
    private final FailureAlert alert;
    private final Clock clock;
    private final ZoneId defaultZone;

    FiringRecorder(ScheduleRepository schedules, ScheduleRunRepository runs, BeanContext beans, FailureAlert alert,
                   Clock clock, @Value("${xinqiao.time-zone:Asia/Shanghai}") ZoneId defaultZone) {
        this.schedules = schedules;
        this.runs = runs;
        this.beans = beans;
        this.alert = alert;
        this.clock = clock;
        this.defaultZone = defaultZone;
    }

    /** Returns the run's id, or empty when this firing had been delivered before. */
    Optional<Long> fire(String key, Instant scheduledFireTime, boolean manual, String instanceId) {
        Optional<ScheduleRun> claimed = claim(key, scheduledFireTime, manual, instanceId);
        if (claimed.isEmpty()) {
            return Optional.empty();
        }
        long runId = claimed.get().id();
        ZoneId zone = schedules.findById(key).map(Schedule::zone).orElse(defaultZone);
        Firing firing = new Firing(key, scheduledFireTime, zone, runId, manual);

        JobResult result;
        String error = null;
        try {
            result = beans.findBean(ScheduledJob.class, Qualifiers.byName(key))
                    .map(job -> run(job, firing))
                    .orElseGet(() -> JobResult.notAvailable(FEATURES.getOrDefault(key, "the job for '" + key + "'")));
        } catch (JobFailed failed) {
            result = null;
            error = describe(failed.getCause());
        }
        RunOutcome outcome = result == null ? RunOutcome.FAILED : result.outcome();
        String detail = clip(result == null ? error : result.detail());
        runs.update(runId, clock.instant(), outcome, detail);
        LOG.info("Schedule {} fired for {} on {}: {}{}", key, firing.wallClock().toOffsetDateTime(), instanceId, outcome,
                detail == null ? "" : " - " + detail);
        if (outcome == RunOutcome.FAILED) {
            alert.failed(firing, instanceId, detail);
        }
        return Optional.of(runId);
    }

    private Optional<ScheduleRun> claim(String key, Instant scheduledFireTime, boolean manual, String instanceId) {
        try {
            return Optional.of(runs.save(new ScheduleRun(null, key, scheduledFireTime, manual, clock.instant(), null, null,
                    null, clip(instanceId), 0)));
        } catch (DataAccessException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            runs.countDuplicate(key, scheduledFireTime, manual);
            LOG.warn("Schedule {} was delivered again for {} (on {}): the first delivery stands, this one does nothing",
                    key, scheduledFireTime, instanceId);
            return Optional.empty();
        }
    }

    private static JobResult run(ScheduledJob job, Firing firing) {
        try {
            JobResult result = job.run(firing);
            if (result == null) {
                throw new IllegalStateException("the job returned no result");
            }
            return result;
        } catch (Exception | LinkageError e) {
            throw new JobFailed(e);
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // SQLState class 23: integrity constraint violation, the same on MySQL, MariaDB and H2
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String clip(String text) {
        return text == null || text.length() <= MAX_DETAIL ? text : text.substring(0, MAX_DETAIL - 1) + "…";
    }

    private static final class JobFailed extends RuntimeException {

        JobFailed(Throwable cause) {
            super(cause);
        }
    }
}
