package org.xinqiao.schedule;

import io.micronaut.context.annotation.Prototype;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;

/**
 * The one Quartz job class behind every schedule key: hands the firing to {@link FiringRecorder}, which
 * records it and runs the feature's {@link ScheduledJob}. Never throws, so a failure cannot make Quartz
 * re-fire or hold back the next firing. One firing of a key at a time, across the cluster.
 */
@Prototype
@DisallowConcurrentExecution
class FiringJob implements Job {

    static final String MANUAL = "manual";

    private final FiringRecorder recorder;

    FiringJob(FiringRecorder recorder) {
        this.recorder = recorder;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String instanceId;
        try {
            instanceId = context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            instanceId = "unknown";
        }
        recorder.fire(context.getJobDetail().getKey().getName(), context.getScheduledFireTime().toInstant(),
                Boolean.TRUE.equals(context.getMergedJobDataMap().get(MANUAL)), instanceId);
    }
}
