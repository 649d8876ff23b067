package org.xinqiao.event;

import io.micronaut.context.annotation.Value;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

/** The term plan of public lectures, kept by the schools' contacts (and administrators). */
@Controller("/api/v1/admin/lecture-plans")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"SCHOOL_CONTACT", "ADMIN"})
@Tag(name = "Events")
class LecturePlanController {

    private final LecturePlans plans;
    private final Clock clock;
    private final ZoneId zone;

    LecturePlanController(LecturePlans plans, Clock clock, @Value("${xinqiao.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.plans = plans;
        this.clock = clock;
        this.zone = zone;
    }

    /** Plans the lecture of a date; 409 DUPLICATE when that date has one. */
    @Post
    HttpResponse<LecturePlanView> add(@Body @Valid NewLecturePlan request, Authentication authentication) {
        return HttpResponse.created(plans.add(request, Callers.id(authentication)));
    }

    /** Planned lectures from {@code from} (default today) on, by date. */
    @Get
    Page<LecturePlanView> list(@Nullable @QueryValue LocalDate from, @Valid @RequestBean PageQuery page) {
        return plans.from(from == null ? LocalDate.now(clock.withZone(zone)) : from, page.pageable(Sort.unsorted()));
    }
}
