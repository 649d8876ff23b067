package org.xinqiao.event;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import java.time.YearMonth;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/**
 * {@code joint-meeting}: creates the month's four-party joint meeting (civil affairs, partners, schools,
 * communities) with the previous month's three ledgers on its agenda.
 */
@Prototype
@Named("joint-meeting")
class ConveneJointMeetingJob implements ScheduledJob {

    static final String AUDIENCE = "民政部门、合作电商企业、学校、村社区";

    private final EventService events;

    ConveneJointMeetingJob(EventService events) {
        this.events = events;
    }

    @Override
    public JobResult run(Firing firing) {
        YearMonth month = firing.month();
        YearMonth ledgers = month.minusMonths(1);
        // the ledgers' figures join the agenda once the needs feature reports them (NeedService.ledgers)
        String agenda = "议程：通报并研判 " + ledgers + " 各村三单台账（需求清单、服务清单、反馈清单）；"
                + "台账数据待需求模块提供后自动附上。";
        EventService.Created meeting = events.create(new NewEvent(EventType.JOINT_MEETING, "四方联席会议（" + month + "）",
                firing.wallClock(), agenda, AUDIENCE, null, "joint-meeting:" + month, firing.runId()));
        return JobResult.done(EventJobs.said(meeting)
                + "; the agenda's figures from the " + ledgers + " ledgers wait for the needs feature (not available yet)");
    }
}
