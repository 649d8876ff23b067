package org.xinqiao.event;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import java.time.YearMonth;
import org.xinqiao.need.Ledgers;
import org.xinqiao.need.NeedService;
import org.xinqiao.place.PlaceService;
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
    private final PlaceService places;
    private final NeedService needs;

    ConveneJointMeetingJob(EventService events, PlaceService places, NeedService needs) {
        this.events = events;
        this.places = places;
        this.needs = needs;
    }

    @Override
    public JobResult run(Firing firing) {
        YearMonth month = firing.month();
        YearMonth ledgers = month.minusMonths(1);
        int villages = 0;
        int declared = 0;
        int served = 0;
        int feedback = 0;
        for (long villageId : places.villageIds()) {
            Ledgers village = needs.ledgers(villageId, ledgers);
            villages++;
            declared += village.needList().size();
            served += village.serviceList().size();
            feedback += village.feedbackList().size();
        }
        String agenda = "议程：通报并研判 " + ledgers + " 各村三单台账（" + villages + " 个村：需求清单 " + declared
                + " 项，服务清单 " + served + " 项，反馈清单 " + feedback + " 项），协调下月服务资源。";
        EventService.Created meeting = events.create(new NewEvent(EventType.JOINT_MEETING, "四方联席会议（" + month + "）",
                firing.wallClock(), agenda, AUDIENCE, null, "joint-meeting:" + month, firing.runId()));
        return JobResult.done(EventJobs.said(meeting) + " with the " + ledgers + " ledgers of " + villages + " villages");
    }
}
