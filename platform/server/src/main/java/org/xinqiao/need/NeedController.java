package org.xinqiao.need;

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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Idempotency;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

/** Needs profiles, need declarations and their status, and a village's three ledgers. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Children and needs")
class NeedController {

    private final NeedService needs;
    private final Idempotency idempotency;

    NeedController(NeedService needs, Idempotency idempotency) {
        this.needs = needs;
        this.idempotency = idempotency;
    }

    /** {@code urgency}: 1 can wait, 2 soon, 3 urgent. */
    @Serdeable
    record DeclareNeedRequest(@NotNull Long childId, @NotNull ServiceType serviceType,
                              @NotBlank @Size(max = 1000) String description, @NotNull @Min(1) @Max(3) Integer urgency) {
    }

    @Serdeable
    record WithdrawRequest(@Nullable @Size(max = 500) String note) {
    }

    /** The profile on {@code date} (default today), for the child's guardians and the staff of its village. */
    @Get("/children/{id}/needs-profile")
    ChildNeedsProfile profile(long id, @Nullable @QueryValue LocalDate date, Authentication authentication) {
        return needs.profile(id, Callers.id(authentication), date);
    }

    /** Declares a need (201, SUBMITTED); a retry with the same {@code Idempotency-Key} gets the first answer. */
    @Post("/needs")
    HttpResponse<NeedView> declare(@Body @Valid DeclareNeedRequest request, @Nullable @Header("Idempotency-Key") String key,
                                   Authentication authentication) {
        long caller = Callers.id(authentication);
        var outcome = idempotency.run("need.declare:" + caller, key, request, 201, NeedView.class,
                () -> needs.declare(caller, request.childId(), request.serviceType(), request.description(), request.urgency()));
        return HttpResponse.<NeedView>status(io.micronaut.http.HttpStatus.valueOf(outcome.status())).body(outcome.body());
    }

    /** The caller's own needs and those of the villages they act for; with {@code villageId}, that village's only. */
    @Get("/needs")
    Page<NeedView> list(@Nullable @QueryValue NeedStatus status, @Nullable @QueryValue Long villageId,
                        @Valid @RequestBean PageQuery page, Authentication authentication) {
        return needs.list(Callers.id(authentication), status, villageId, page.pageable(Sort.unsorted()));
    }

    @Get("/needs/{id}")
    NeedView one(long id, Authentication authentication) {
        return needs.read(id, Callers.id(authentication));
    }

    /** Every status the need has had, with who changed it and when, the declaration first. */
    @Get("/needs/{id}/history")
    List<NeedStatusChangeView> history(long id, Authentication authentication) {
        return needs.history(id, Callers.id(authentication));
    }

    @Post("/needs/{id}/withdraw")
    NeedView withdraw(long id, @Nullable @Body WithdrawRequest request, Authentication authentication) {
        return needs.withdraw(id, Callers.id(authentication), request == null ? null : request.note());
    }

    /** The village's need, service and feedback lists for a month ({@code month=2027-03}). */
    @Get("/villages/{id}/ledgers")
    @Secured({"VILLAGE_STAFF", "SCHOOL_CONTACT", "STATION_STAFF", "CIVIL_AFFAIRS", "ADMIN"})
    Ledgers ledgers(long id, @QueryValue @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "must be yyyy-MM") String month,
                    Authentication authentication) {
        return needs.ledgersFor(id, YearMonth.parse(month), Callers.id(authentication));
    }

}
