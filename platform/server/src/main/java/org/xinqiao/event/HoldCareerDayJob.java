package org.xinqiao.event;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/** {@code career-day}: the semester's e-commerce career experience day, one a semester. */
@Prototype
@Named("career-day")
class HoldCareerDayJob implements ScheduledJob {

    private final EventService events;

    HoldCareerDayJob(EventService events) {
        this.events = events;
    }

    @Override
    public JobResult run(Firing firing) {
        EventJobs.Semester semester = EventJobs.semester(firing.month());
        EventService.Created day = events.create(new NewEvent(EventType.CAREER_DAY,
                "电商职业体验日（" + semester.title() + "）", firing.wallClock(),
                "走进电商企业与直播间，体验选品、直播与客服岗位。", "13–16 岁青少年及其监护人", null,
                "career-day:" + semester.key(), firing.runId()));
        return JobResult.done(EventJobs.said(day));
    }
}
