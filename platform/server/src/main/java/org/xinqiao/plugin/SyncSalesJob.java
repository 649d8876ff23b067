package org.xinqiao.plugin;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import java.util.List;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/** {@code sales-sync}: pulls new orders of every partner whose plugin is enabled; each pull is in the pull log. */
@Prototype
@Named("sales-sync")
class SyncSalesJob implements ScheduledJob {

    private final PluginSyncService sync;

    SyncSalesJob(PluginSyncService sync) {
        this.sync = sync;
    }

    @Override
    public JobResult run(Firing firing) {
        List<PullView> pulls = sync.syncAll();
        return JobResult.done(pulls.size() + " partner pulls: " + pulls.stream()
                .collect(java.util.stream.Collectors.groupingBy(PullView::outcome, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())));
    }
}
