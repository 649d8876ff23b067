package org.xinqiao.event;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import org.xinqiao.common.Quarter;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/** {@code care-training}: the quarter's care-service training; volunteers who pass join the talent pool. */
@Prototype
@Named("care-training")
class OpenCareTrainingJob implements ScheduledJob {

    private final EventService events;

    OpenCareTrainingJob(EventService events) {
        this.events = events;
    }

    @Override
    public JobResult run(Firing firing) {
        Quarter quarter = Quarter.of(firing.date());
        EventService.Created training = events.create(new NewEvent(EventType.TRAINING,
                "关爱服务培训（" + quarter.year() + "年第" + quarter.quarter() + "季度）", firing.wallClock(),
                "留守儿童陪伴、心理疏导与安全教育；考核合格的志愿者纳入志愿者人才库。", "志愿者", null,
                "care-training:" + quarter, firing.runId()));
        return JobResult.done(EventJobs.said(training)
                + "; entering those who pass into the talent pool waits for training attendance records (not built yet)");
    }
}
