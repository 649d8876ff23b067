package org.xinqiao.event;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Optional;
import org.xinqiao.plugin.PluginService;
import org.xinqiao.plugin.api.EventAnnouncement;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/**
 * {@code school-lecture}: creates the event of the lecture the schools planned for the firing's date and announces
 * it on the partners' livestream stores. A day without a planned lecture is skipped, not invented.
 */
@Prototype
@Named("school-lecture")
class AnnounceLectureJob implements ScheduledJob {

    private final LecturePlans plans;
    private final EventService events;
    private final PluginService plugins;

    AnnounceLectureJob(LecturePlans plans, EventService events, PluginService plugins) {
        this.plans = plans;
        this.events = events;
        this.plugins = plugins;
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
        EventView event = lecture.event();
        PluginService.Announced announced = plugins.announceToAllPartners(new EventAnnouncement("lecture-" + event.id(),
                event.title(), details, event.startsAt().toInstant(), plan.link() == null ? "线上直播" : plan.link()));
        return JobResult.done(EventJobs.said(lecture) + "; announced on " + announced.announced() + " partner platforms ("
                + announced.unsupported() + " offer no announcements, " + announced.failed() + " failed)"
                + "; notifying subscribed guardians and children waits for a subscription feature (not available yet)");
    }
}
