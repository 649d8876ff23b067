package org.xinqiao.event;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/**
 * {@code school-lecture}: creates the event of the lecture the schools planned for the firing's date. A day
 * without a planned lecture is skipped, not invented.
 */
@Prototype
@Named("school-lecture")
class AnnounceLectureJob implements ScheduledJob {

    private final LecturePlans plans;
    private final EventService events;

    AnnounceLectureJob(LecturePlans plans, EventService events) {
        this.plans = plans;
        this.events = events;
    }

    @Override
    public JobResult run(Firing firing) {
        LocalDate day = firing.date();
        Optional<LecturePlan> planned = plans.on(day);
        if (planned.isEmpty()) {
            return JobResult.skipped("No lecture is planned for " + day + " in the schools' term plan");
        }
        LecturePlan plan = planned.get();
        String details = "主讲：" + plan.school() + (plan.speaker() == null ? "" : " " + plan.speaker());
        EventService.Created lecture = events.create(new NewEvent(EventType.LECTURE, plan.topic(), firing.wallClock(),
                details, plan.audience(), plan.link(), "school-lecture:" + day, firing.runId()));
        return JobResult.done(EventJobs.said(lecture)
                + "; notifying subscribed guardians and children waits for the notify feature,"
                + " announcing on partners' stores for the plugin feature (neither is available yet)");
    }
}
