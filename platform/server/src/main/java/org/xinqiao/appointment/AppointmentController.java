package org.xinqiao.appointment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Idempotency;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

@Controller("/api/v1/appointments")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Appointments")
class AppointmentController {

    private final AppointmentService appointments;

    AppointmentController(AppointmentService appointments) {
        this.appointments = appointments;
    }

    /** Books a slot for a child (201); 409 SLOT_FULL or TIME_CONFLICT. Retries carry the same Idempotency-Key. */
    @Post
    HttpResponse<AppointmentView> book(@Body @Valid BookRequest request, @Nullable @Header("Idempotency-Key") String idempotencyKey,
                                       Authentication authentication) {
        Idempotency.Outcome<AppointmentView> outcome = appointments.book(Callers.id(authentication), request.slotId(), request.childId(),
                request.needId(), idempotencyKey);
        return HttpResponse.<AppointmentView>status(io.micronaut.http.HttpStatus.valueOf(outcome.status())).body(outcome.body());
    }

    /** The caller's bookings and, for a provider, their sessions. */
    @Get
    Page<AppointmentView> mine(@Valid @RequestBean PageQuery page, Authentication authentication) {
        return appointments.mine(Callers.id(authentication), page.pageable(Sort.unsorted()));
    }

    @Get("/{id}")
    AppointmentView one(long id, Authentication authentication) {
        return appointments.view(Callers.id(authentication), id);
    }

    /** Cancels, until the cancellation window before the start (default 2 hours; at exactly 2 hours it still may). */
    @Post("/{id}/cancel")
    AppointmentView cancel(long id, Authentication authentication) {
        return appointments.cancel(Callers.id(authentication), id);
    }

    @Post("/{id}/check-in")
    AppointmentView checkIn(long id, Authentication authentication) {
        return appointments.checkIn(Callers.id(authentication), id);
    }

    @Post("/{id}/complete")
    AppointmentView complete(long id, Authentication authentication) {
        return appointments.complete(Callers.id(authentication), id);
    }

    /** The guardian's rating (1–5) and comment, once; a second time is 409 FEEDBACK_ALREADY_GIVEN. */
    @Post("/{id}/feedback")
    AppointmentView feedback(long id, @Body @Valid FeedbackRequest request, Authentication authentication) {
        return appointments.feedback(Callers.id(authentication), id, request.rating(), request.comment());
    }


    @Serdeable
    record BookRequest(@NotNull Long slotId, @NotNull Long childId, @Nullable Long needId) {
    }

    @Serdeable
    record FeedbackRequest(@NotNull @Min(1) @Max(5) Integer rating, @Nullable @Size(max = 1000) String comment) {
    }
}
