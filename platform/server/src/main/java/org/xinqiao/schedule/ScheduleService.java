package org.xinqiao.schedule;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xinqiao.audit.AuditService;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.Page;

/**
 * The schedule catalog, owned by the administrators: the table is the truth, Quartz's triggers follow it.
 * Every change is audited and takes effect on every server instance at once (they share Quartz's store).
 */
@Singleton
public class ScheduleService {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleService.class);
    private static final String AUDIT_TYPE = "schedule";

    private final ScheduleRepository schedules;
    private final ScheduleRunRepository runs;
    private final QuartzSchedules quartz;
    private final AuditService audit;
    private final Clock clock;
    private final CronPolicy policy = new CronPolicy();

    ScheduleService(ScheduleRepository schedules, ScheduleRunRepository runs, QuartzSchedules quartz, AuditService audit,
                    Clock clock) {
        this.schedules = schedules;
        this.runs = runs;
        this.quartz = quartz;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ScheduleView> list() {
        return schedules.findAll().stream()
                .sorted(Comparator.comparing(Schedule::key))
                .map(this::view)
                .toList();
    }

    public ScheduleView view(String key) {
        return view(find(key));
    }

    /** Changes a schedule's cron, zone and switch; an invalid or never-firing cron is refused with the reason. */
    @Transactional
    public ScheduleView update(String key, String cron, String timeZone, Boolean enabled, long actorId) {
        Schedule current = lock(key);
        ZoneId zone = policy.zone(timeZone == null ? current.timeZone() : timeZone);
        String trimmed = cron == null ? null : cron.trim();
        policy.validate(trimmed, zone, clock.instant());
        Schedule changed = current.withSettings(trimmed, zone.getId(), enabled == null ? current.enabled() : enabled,
                clock.instant(), actorId);
        schedules.update(changed);
        quartz.apply(changed);
        audit.record(actorId, "SCHEDULE_UPDATED", AUDIT_TYPE, key, "cron '" + current.cron() + "' -> '" + changed.cron()
                + "', zone " + current.timeZone() + " -> " + changed.timeZone()
                + ", enabled " + current.enabled() + " -> " + changed.enabled());
        return view(changed);
    }

    /** Stops a schedule firing until it is resumed; it keeps its cron and settings. */
    @Transactional
    public ScheduleView pause(String key, long actorId) {
        return setPaused(key, true, actorId, "SCHEDULE_PAUSED");
    }

    /** Resumes from the next fire time; firings missed while paused are not made up. */
    @Transactional
    public ScheduleView resume(String key, long actorId) {
        return setPaused(key, false, actorId, "SCHEDULE_RESUMED");
    }

    /** Runs the schedule's job once, now, whatever its state; the run is recorded as manual. */
    @Transactional
    public void trigger(String key, long actorId) {
        Schedule schedule = lock(key);
        quartz.triggerNow(schedule);
        audit.record(actorId, "SCHEDULE_TRIGGERED", AUDIT_TYPE, key, null);
    }

    public PreviewView preview(String key, int count) {
        Schedule schedule = find(key);
        List<OffsetDateTime> times = policy.preview(schedule.cron(), schedule.zone(), clock.instant(), count).stream()
                .map(ZonedDateTime::toOffsetDateTime)
                .toList();
        return new PreviewView(key, schedule.cron(), schedule.timeZone(), times);
    }

    /** The run history, latest due first. */
    public Page<RunView> runs(String key, Pageable pageable) {
        find(key);
        Pageable latestFirst = Pageable.from(pageable.getNumber(), pageable.getSize(),
                Sort.of(Sort.Order.desc("scheduledFireTime"), Sort.Order.desc("id")));
        return Page.of(runs.findByScheduleKey(key, latestFirst), RunView::of);
    }

    /**
     * At start-up: inserts the defaults whose key the table lacks (a key present keeps what the administrators
     * made of it), then brings Quartz in line with the table.
     */
    void seedAndSync(List<ScheduleDefinition> defaults) {
        Instant now = clock.instant();
        for (ScheduleDefinition definition : defaults) {
            if (schedules.existsById(definition.key())) {
                continue;
            }
            try {
                policy.validate(definition.cron(), definition.zone(), now);
            } catch (InvalidCronException e) {
                throw new IllegalStateException("The default schedule '" + definition.key() + "' is invalid: " + e.reason(), e);
            }
            try {
                schedules.save(new Schedule(definition.key(), definition.description(), definition.cron(),
                        definition.zone().getId(), definition.enabled(), false, now, null));
                LOG.info("Seeded schedule {} ({}, {})", definition.key(), definition.cron(), definition.zone());
            } catch (DataAccessException e) {
                if (!FiringRecorder.isUniqueViolation(e)) {
                    throw e;
                }
                // another server instance seeded it at the same moment
            }
        }
        schedules.findAll().forEach(quartz::ensure);
    }

    private ScheduleView setPaused(String key, boolean paused, long actorId, String action) {
        Schedule current = lock(key);
        Schedule changed = current.withPaused(paused, clock.instant(), actorId);
        schedules.update(changed);
        quartz.apply(changed);
        audit.record(actorId, action, AUDIT_TYPE, key, null);
        return view(changed);
    }

    private ScheduleView view(Schedule schedule) {
        OffsetDateTime next = quartz.nextFireTime(schedule.key())
                .map(instant -> instant.atZone(schedule.zone()).toOffsetDateTime())
                .orElse(null);
        RunView last = runs.findFirstByScheduleKeyOrderByStartedAtDesc(schedule.key()).map(RunView::of).orElse(null);
        return new ScheduleView(schedule.key(), schedule.description(), schedule.cron(), schedule.timeZone(),
                schedule.enabled(), schedule.paused(), next, last == null ? null : last.outcome(), last,
                schedule.updatedAt(), schedule.updatedBy());
    }

    private Schedule find(String key) {
        return schedules.findById(key).orElseThrow(() -> DomainException.notFound("Schedule '" + key + "'"));
    }

    private Schedule lock(String key) {
        return schedules.findForUpdate(key).orElseThrow(() -> DomainException.notFound("Schedule '" + key + "'"));
    }
}
