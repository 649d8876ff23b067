package org.xinqiao.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.xinqiao.common.Callers;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;
import org.xinqiao.need.ServiceType;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Providers, stations, matching")
class ProviderController {

    private final ProviderService providers;
    private final RecruitmentService recruitments;

    ProviderController(ProviderService providers, RecruitmentService recruitments) {
        this.providers = providers;
        this.recruitments = recruitments;
    }

    /** The caller applies to serve as a volunteer (or practitioner, returning talent, professional). */
    @Post("/volunteers/applications")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<ProviderView> apply(@Body @Valid ProviderApplication request, Authentication authentication) {
        return HttpResponse.created(providers.apply(Callers.id(authentication), request));
    }

    /** The caller's own application and its decision. */
    @Get("/volunteers/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    ProviderView mine(Authentication authentication) {
        return providers.ofAccount(Callers.id(authentication)).orElseThrow(() -> DomainException.notFound("Provider application"));
    }

    @Get("/admin/volunteers")
    @Secured("ADMIN")
    Page<ProviderView> list(@Valid @RequestBean PageQuery page, @Nullable @QueryValue ProviderStatus status) {
        return providers.list(status, page.pageable(Sort.unsorted()));
    }

    @Post("/admin/volunteers/{id}/approve")
    @Secured({"ADMIN", "VILLAGE_STAFF", "CIVIL_AFFAIRS"})
    ProviderView approve(long id, @Nullable @Body @Valid Decision decision, Authentication authentication) {
        return providers.approve(Callers.id(authentication), id, decision == null ? null : decision.note());
    }

    @Post("/admin/volunteers/{id}/reject")
    @Secured({"ADMIN", "VILLAGE_STAFF", "CIVIL_AFFAIRS"})
    ProviderView reject(long id, @Nullable @Body @Valid Decision decision, Authentication authentication) {
        return providers.reject(Callers.id(authentication), id, decision == null ? null : decision.note());
    }

    /** Recruitment posts still open today. */
    @Get("/recruitments")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Page<Recruitment> recruitments(@Valid @RequestBean PageQuery page) {
        return recruitments.open(page.pageable(Sort.unsorted()));
    }

    @Post("/admin/recruitments")
    @Secured({"ADMIN", "VILLAGE_STAFF", "CIVIL_AFFAIRS", "STATION_STAFF"})
    HttpResponse<Recruitment> post(@Body @Valid RecruitmentRequest request, Authentication authentication) {
        return HttpResponse.created(recruitments.post(Callers.id(authentication), request.villageId(), request.title(),
                request.description(), request.serviceType(), request.openUntil()));
    }

    @Post("/recruitments/{id}/applications")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    HttpResponse<RecruitmentApplication> applyTo(long id, @Nullable @Body @Valid RecruitmentApplicationRequest request,
                                                 Authentication authentication) {
        return HttpResponse.created(recruitments.apply(Callers.id(authentication), id, request == null ? null : request.message()));
    }

    @Get("/admin/recruitments/{id}/applications")
    @Secured({"ADMIN", "VILLAGE_STAFF", "CIVIL_AFFAIRS", "STATION_STAFF"})
    Page<RecruitmentApplication> applications(long id, @Valid @RequestBean PageQuery page, Authentication authentication) {
        return recruitments.applications(Callers.id(authentication), id, page.pageable(Sort.unsorted()));
    }


    @Serdeable
    record Decision(@Nullable @Size(max = 500) String note) {
    }

    @Serdeable
    record RecruitmentRequest(@Nullable Long villageId, @NotBlank @Size(max = 100) String title,
                              @NotBlank @Size(max = 2000) String description, @Nullable ServiceType serviceType,
                              @Nullable LocalDate openUntil) {
    }

    @Serdeable
    record RecruitmentApplicationRequest(@Nullable @Size(max = 500) String message) {
    }
}
