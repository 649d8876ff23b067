package org.xinqiao.need;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import org.xinqiao.place.PlaceService;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/** {@code needs-census}: opens the half-year's census round in every village (once per village and period). */
@Prototype
@Named("needs-census")
class OpenCensusRoundsJob implements ScheduledJob {

    private final PlaceService places;
    private final NeedService needs;

    OpenCensusRoundsJob(PlaceService places, NeedService needs) {
        this.places = places;
        this.needs = needs;
    }

    @Override
    public JobResult run(Firing firing) {
        String period = needs.periodOn(firing.date());
        int villages = 0;
        for (long villageId : places.villageIds()) {
            needs.openRound(villageId, period, null);
            villages++;
        }
        return JobResult.done("census round " + period + " open in " + villages + " villages");
    }
}
