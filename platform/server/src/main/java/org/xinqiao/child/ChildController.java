package org.xinqiao.child;

import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

@Controller("/api/v1/children")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Children and needs")
class ChildController {

    private final ChildService children;

    ChildController(ChildService children) {
        this.children = children;
    }

    /** Registers a child with the caller as guardian; under 14 only with {@code consent: true}. */
    @Post
    @Secured("GUARDIAN")
    @ApiResponse(responseCode = "201", description = "Created")
    HttpResponse<ChildView> register(@Body @Valid NewChild request, Authentication authentication) {
        return HttpResponse.created(children.register(Callers.id(authentication), request));
    }

    /** The caller's own children. */
    @Get
    Page<ChildView> mine(@Valid @RequestBean PageQuery page, Authentication authentication) {
        return children.ofGuardian(Callers.id(authentication), page.pageable(Sort.unsorted()));
    }

    @Get("/{id}")
    ChildView one(long id, Authentication authentication) {
        return children.read(id, Callers.id(authentication));
    }

}
