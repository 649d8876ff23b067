package org.xinqiao.event;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import java.time.YearMonth;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/** {@code ecommerce-training}: the month's e-commerce operations training. */
@Prototype
@Named("ecommerce-training")
class OpenEcommerceTrainingJob implements ScheduledJob {

    private final EventService events;

    OpenEcommerceTrainingJob(EventService events) {
        this.events = events;
    }

    @Override
    public JobResult run(Firing firing) {
        YearMonth month = firing.month();
        EventService.Created training = events.create(new NewEvent(EventType.TRAINING, "电商运营培训（" + month + "）",
                firing.wallClock(), "直播带货、网店运营与农产品上行实务。", "电商从业者、返乡人才、村民", null,
                "ecommerce-training:" + month, firing.runId()));
        return JobResult.done(EventJobs.said(training));
    }
}
