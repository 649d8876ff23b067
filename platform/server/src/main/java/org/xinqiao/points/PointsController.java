package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Idempotency;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

/** The caller's points: balance, ledger, claims, rewards on offer, redemptions, and the stars of a year. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Points")
class PointsController {

    private final PointsService points;
    private final RewardService rewards;
    private final RedemptionService redemptions;
    private final Idempotency idempotency;
    private final Clock clock;
    private final java.time.ZoneId zone;

    PointsController(PointsService points, RewardService rewards, RedemptionService redemptions, Idempotency idempotency,
                     Clock clock, @io.micronaut.context.annotation.Value("${xinqiao.time-zone}") java.time.ZoneId zone) {
        this.points = points;
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.idempotency = idempotency;
        this.clock = clock;
        this.zone = zone;
    }

    @Get("/points/balance")
    BalanceView balance(Authentication authentication) {
        return points.balance(Callers.id(authentication));
    }

    /** The caller's ledger, newest entry first. */
    @Get("/points/ledger")
    Page<EntryView> ledger(@Valid @RequestBean PageQuery page, Authentication authentication) {
        return points.ledger(Callers.id(authentication), page.pageable(Sort.unsorted()));
    }

    /** Claims points for an activity; staff of the claim's village confirm it. Takes an Idempotency-Key. */
    @Post("/points/claims")
    @Secured({"VOLUNTEER", "PRACTITIONER", "VILLAGER", "RETURNING_TALENT"})
    HttpResponse<ClaimView> claim(@Body @Valid ClaimRequest request, @Nullable @Header("Idempotency-Key") String key,
                                  Authentication authentication) {
        long caller = Callers.id(authentication);
        var outcome = idempotency.run("points-claim:" + caller, key, request, 201, ClaimView.class,
                () -> points.submitClaim(caller, request));
        return HttpResponse.<ClaimView>status(io.micronaut.http.HttpStatus.valueOf(outcome.status())).body(outcome.body());
    }

    @Get("/points/claims")
    Page<ClaimView> myClaims(@Valid @RequestBean PageQuery page, Authentication authentication) {
        return points.claimsOf(Callers.id(authentication), page.pageable(Sort.unsorted()));
    }

    /** The points stars of a calendar year (default: this year so far). */
    @Get("/points/stars")
    StarsView stars(@Nullable @QueryValue Integer year) {
        int asked = year == null ? LocalDate.ofInstant(clock.instant(), zone).getYear() : year;
        return new StarsView(asked, points.stars(asked));
    }

    /** Rewards that can be redeemed today. */
    @Get("/rewards")
    Page<RewardView> rewards(@Valid @RequestBean PageQuery page) {
        return rewards.offered(page.pageable(Sort.unsorted()));
    }

    /** Redeems a reward: 409 INSUFFICIENT_POINTS, OUT_OF_STOCK, LIMIT_REACHED or REWARD_NOT_AVAILABLE. Takes an Idempotency-Key. */
    @Post("/redemptions")
    HttpResponse<RedemptionView> redeem(@Body @Valid RedeemRequest request, @Nullable @Header("Idempotency-Key") String key,
                                        Authentication authentication) {
        long caller = Callers.id(authentication);
        var outcome = idempotency.run("redemption:" + caller, key, request, 201, RedemptionView.class,
                () -> redemptions.redeem(caller, request.rewardId(), request.quantity()));
        return HttpResponse.<RedemptionView>status(io.micronaut.http.HttpStatus.valueOf(outcome.status())).body(outcome.body());
    }

    @Get("/redemptions")
    Page<RedemptionView> myRedemptions(@Valid @RequestBean PageQuery page, Authentication authentication) {
        return redemptions.mine(Callers.id(authentication), page.pageable(Sort.unsorted()));
    }

    /** Cancels an unfulfilled redemption: the points and the stock return. */
    @Post("/redemptions/{id}/cancel")
    RedemptionView cancel(long id, Authentication authentication) {
        return redemptions.cancel(Callers.id(authentication), id);
    }

    @Serdeable
    record StarsView(int year, List<StarView> items) {
    }

}
