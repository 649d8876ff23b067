package org.xinqiao.schedule;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;

/**
 * The {@code heartbeat} schedule's job: does nothing but leave its run in the history, which shows which
 * instance of a cluster ran each firing. Not among the defaults; operators seed it when they want it
 * (e.g. {@code -Dxinqiao.schedules.heartbeat.cron=...}), as scripts/cluster/scheduler-cluster.sh does.
 */
@Prototype
@Named("heartbeat")
class RecordHeartbeatJob implements ScheduledJob {

    @Override
    public JobResult run(Firing firing) {
        return JobResult.done("alive");
    }
}
