package org.xinqiao.schedule;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SchedulerMetaData;

/** {@code /health} reports the scheduler: up while Quartz runs, with this instance's id in the cluster. */
@Singleton
class SchedulerHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final Scheduler scheduler;

    SchedulerHealthIndicator(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Map<String, Object> details = new LinkedHashMap<>();
        try {
            SchedulerMetaData meta = scheduler.getMetaData();
            boolean running = meta.isStarted() && !meta.isShutdown() && !meta.isInStandbyMode();
            healthStatus = running ? HealthStatus.UP : HealthStatus.DOWN;
            details.put("instanceId", meta.getSchedulerInstanceId());
            details.put("clustered", meta.isJobStoreClustered());
            details.put("jobsExecuted", meta.getNumberOfJobsExecuted());
        } catch (SchedulerException e) {
            healthStatus = HealthStatus.DOWN;
            details.put("error", e.getMessage());
        }
        return details;
    }

    @Override
    protected String getName() {
        return "scheduler";
    }
}
