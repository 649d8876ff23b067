package org.xinqiao.appointment;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/** {@code appointment-reminders}: reminds guardians and providers of tomorrow's appointments, once each. */
@Prototype
@Named("appointment-reminders")
class SendRemindersJob implements ScheduledJob {

    private final AppointmentReminders reminders;

    SendRemindersJob(AppointmentReminders reminders) {
        this.reminders = reminders;
    }

    @Override
    public JobResult run(Firing firing) {
        return JobResult.done(reminders.sendForTomorrow() + " reminders of tomorrow's appointments sent");
    }
}
