package org.xinqiao.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Idempotency;
import org.xinqiao.fund.FundViews.DisbursementView;
import org.xinqiao.fund.FundViews.FundView;
import org.xinqiao.fund.FundViews.PlanView;
import org.xinqiao.fund.FundViews.Statement;

/** A partner's fund figures and statement; spending plans, the committee's votes and disbursements. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Fund")
class FundController {

    private final FundService fund;
    private final SpendingService spending;
    private final Idempotency idempotency;

    FundController(FundService fund, SpendingService spending, Idempotency idempotency) {
        this.fund = fund;
        this.spending = spending;
        this.idempotency = idempotency;
    }

    /** The year's sales, band, rate, accrual and disbursements, and the account's balance (fund staff, the committee). */
    @Get("/partners/{id}/fund")
    FundView fund(long id, @Nullable @QueryValue Integer year, Authentication authentication) {
        return fund.fund(Callers.id(authentication), id, year);
    }

    /** The annual statement: sales, band, rate, welfare input, disbursed by category, balance, subsidy, tax credit. */
    @Get("/partners/{id}/statements/{year}")
    Statement statement(long id, int year, Authentication authentication) {
        return fund.statement(Callers.id(authentication), id, year);
    }

    @Post("/fund/plans")
    HttpResponse<PlanView> draft(@Body @Valid NewPlan request, Authentication authentication) {
        return HttpResponse.created(spending.draft(Callers.id(authentication), request.partnerId(), request.quarter(),
                request.category(), request.amount(), request.purpose()));
    }

    @Get("/fund/plans/{id}")
    PlanView plan(long id, Authentication authentication) {
        return spending.read(Callers.id(authentication), id);
    }

    /** A committee member's vote; the drafter and non-members are refused (403). */
    @Post("/fund/plans/{id}/votes")
    HttpResponse<PlanView> vote(long id, @Body @Valid VoteRequest request, Authentication authentication) {
        return HttpResponse.created(spending.vote(Callers.id(authentication), id, request.approve(), request.comment()));
    }

    /** Pays against an approved plan of the current quarter; retry with the same Idempotency-Key. */
    @Post("/fund/plans/{id}/disbursements")
    @Secured({"ADMIN", "CIVIL_AFFAIRS"})
    HttpResponse<DisbursementView> disburse(long id, @Body @Valid DisbursementRequest request,
                                            @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                            Authentication authentication) {
        long actor = Callers.id(authentication);
        Idempotency.Outcome<DisbursementView> outcome = idempotency.run("fund.plan:" + id + ":" + actor, idempotencyKey,
                request, 201, DisbursementView.class, () -> spending.disburse(actor, id, request.amount(),
                        request.payee(), request.purpose(), request.childIds(), request.programme()));
        return HttpResponse.<DisbursementView>status(io.micronaut.http.HttpStatus.valueOf(outcome.status()))
                .body(outcome.body());
    }


    @Serdeable
    record NewPlan(@NotNull @Positive Long partnerId,
                   @NotBlank String quarter,
                   @NotBlank String category,
                   @NotNull @Pattern(regexp = Money.PATTERN, message = "must be an amount in yuan like \"1234.50\"") String amount,
                   @NotBlank @Size(max = 500) String purpose) {
    }

    @Serdeable
    record VoteRequest(@NotNull Boolean approve, @Nullable @Size(max = 500) String comment) {
    }

    @Serdeable
    record DisbursementRequest(@NotNull @Pattern(regexp = Money.PATTERN, message = "must be an amount in yuan like \"1234.50\"")
                               String amount,
                               @NotBlank @Size(max = 200) String payee,
                               @NotBlank @Size(max = 500) String purpose,
                               @Nullable @Size(max = 100) List<@NotNull @Positive Long> childIds,
                               @Nullable @Size(max = 200) String programme) {
    }
}
