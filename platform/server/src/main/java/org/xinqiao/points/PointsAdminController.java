package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Idempotency;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

/** Staff side of points: confirming claims, corrections, the rewards catalog and handing supplies over. */
@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Points")
class PointsAdminController {

    private final PointsService points;
    private final RewardService rewards;
    private final RedemptionService redemptions;
    private final Idempotency idempotency;

    PointsAdminController(PointsService points, RewardService rewards, RedemptionService redemptions, Idempotency idempotency) {
        this.points = points;
        this.rewards = rewards;
        this.redemptions = redemptions;
        this.idempotency = idempotency;
    }

    /** Claims in a status (default SUBMITTED): all for an administrator, else those of the caller's villages. */
    @Get("/points/claims")
    @Secured({"STATION_STAFF", "VILLAGE_STAFF", "ADMIN"})
    Page<ClaimView> claims(@Nullable @QueryValue ClaimStatus status, @Valid @RequestBean PageQuery page, Authentication authentication) {
        return points.claimsToDecide(Callers.id(authentication), status == null ? ClaimStatus.SUBMITTED : status, page.pageable(Sort.unsorted()));
    }

    /** Confirms the activity and credits the points, once; approving again answers the same claim. */
    @Post("/points/claims/{id}/approve")
    @Secured({"STATION_STAFF", "VILLAGE_STAFF", "ADMIN"})
    ClaimView approve(long id, Authentication authentication) {
        return points.approve(id, Callers.id(authentication));
    }

    @Post("/points/claims/{id}/reject")
    @Secured({"STATION_STAFF", "VILLAGE_STAFF", "ADMIN"})
    ClaimView reject(long id, @Nullable @Body DecisionRequest request, Authentication authentication) {
        return points.reject(id, Callers.id(authentication), request == null ? null : request.note());
    }

    /** A correction of an account's points: a new ledger entry, never an edit. Takes an Idempotency-Key. */
    @Post("/points/corrections")
    HttpResponse<EntryView> correct(@Body @Valid CorrectionRequest request, @Nullable @Header("Idempotency-Key") String key,
                                    Authentication authentication) {
        long caller = Callers.id(authentication);
        var outcome = idempotency.run("points-correction:" + caller, key, request, 201, EntryView.class,
                () -> points.correct(caller, request.accountId(), request.points(), request.reason(), UUID.randomUUID().toString()));
        return HttpResponse.<EntryView>status(HttpStatus.valueOf(outcome.status())).body(outcome.body());
    }

    /** The whole catalog, retired rewards included. */
    @Get("/rewards")
    Page<RewardView> catalog(@Valid @RequestBean PageQuery page) {
        return rewards.catalog(page.pageable(Sort.unsorted()));
    }

    @Post("/rewards")
    HttpResponse<RewardView> create(@Body @Valid RewardRequest request, Authentication authentication) {
        return HttpResponse.created(rewards.create(Callers.id(authentication), request));
    }

    @Put("/rewards/{id}")
    RewardView update(long id, @Body @Valid RewardRequest request, Authentication authentication) {
        return rewards.update(Callers.id(authentication), id, request);
    }

    /** Retires the reward: it is no longer offered; redemptions made stay. */
    @Delete("/rewards/{id}")
    HttpResponse<Void> retire(long id, Authentication authentication) {
        rewards.retire(Callers.id(authentication), id);
        return HttpResponse.noContent();
    }

    /** Hands a SUPPLY over to whoever shows its pickup code; the redemption is fulfilled. */
    @Post("/redemptions/pickups")
    @Secured({"STATION_STAFF", "VILLAGE_STAFF", "ADMIN"})
    RedemptionView handOver(@Body @Valid PickupRequest request, Authentication authentication) {
        return redemptions.handOver(Callers.id(authentication), request.pickupCode());
    }

    @Serdeable
    record DecisionRequest(@Nullable @Size(max = 500) String note) {
    }

    @Serdeable
    record CorrectionRequest(@NotNull Long accountId, @NotNull Long points, @NotBlank @Size(max = 500) String reason) {
    }

    @Serdeable
    record PickupRequest(@NotBlank @Size(max = 16) String pickupCode) {
    }

}
