package org.xinqiao.annual;

import io.micronaut.context.annotation.Prototype;
import jakarta.inject.Named;
import java.util.List;
import org.xinqiao.fund.FundService;
import org.xinqiao.points.PointsService;
import org.xinqiao.points.StarView;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.ScheduledJob;

/**
 * {@code annual-close}: trues up every partner's accrual of the year just ended and ranks its points stars.
 * Both are idempotent per year, so a second firing (or a manual one) changes nothing.
 */
@Prototype
@Named("annual-close")
class CloseYearJob implements ScheduledJob {

    private final FundService fund;
    private final PointsService points;

    CloseYearJob(FundService fund, PointsService points) {
        this.fund = fund;
        this.points = points;
    }

    @Override
    public JobResult run(Firing firing) {
        int year = firing.date().getYear() - 1;
        fund.trueUp(year);
        List<StarView> stars = points.stars(year);
        return JobResult.done("fund trued up for " + year + "; " + stars.size() + " points stars of " + year
                + "; their VIP grants wait for the link between an account and its platform user,"
                + " the annual awards for the award feature (neither is available yet)");
    }
}
