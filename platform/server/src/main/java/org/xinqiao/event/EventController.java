package org.xinqiao.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

@Controller("/api/v1/events")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Events")
class EventController {

    private final EventService events;

    EventController(EventService events) {
        this.events = events;
    }

    /** The events the jobs created, latest first; {@code type} one of LECTURE, JOINT_MEETING, TRAINING, CAREER_DAY. */
    @Get
    Page<EventView> list(@Nullable @QueryValue EventType type, @Valid @RequestBean PageQuery page) {
        return events.list(type, page.pageable(Sort.unsorted()));
    }
}
