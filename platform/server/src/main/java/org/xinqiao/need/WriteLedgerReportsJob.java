package org.xinqiao.need;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import org.xinqiao.place.PlaceService;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/** {@code ledger-report}: writes each village's three ledgers of the firing's month, once per village and month. */
@Prototype
@Named("ledger-report")
class WriteLedgerReportsJob implements ScheduledJob {

    private final PlaceService places;
    private final LedgerReports reports;

    WriteLedgerReportsJob(PlaceService places, LedgerReports reports) {
        this.places = places;
        this.reports = reports;
    }

    @Override
    public JobResult run(Firing firing) {
        int written = 0;
        int villages = 0;
        for (long villageId : places.villageIds()) {
            villages++;
            if (reports.write(villageId, firing.month())) {
                written++;
            }
        }
        return JobResult.done(written + " of " + villages + " village ledger reports of " + firing.month() + " written"
                + (written < villages ? " (the others existed)" : ""));
    }
}
