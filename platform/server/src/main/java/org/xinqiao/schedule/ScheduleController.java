package org.xinqiao.schedule;

import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import java.util.List;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

@Controller("/api/v1/admin/schedules")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
@Tag(name = "Schedules")
class ScheduleController {

    private final ScheduleService schedules;

    ScheduleController(ScheduleService schedules) {
        this.schedules = schedules;
    }

    /** Every schedule with its next fire time and the outcome of its latest run. */
    @Get
    List<ScheduleView> list() {
        return schedules.list();
    }

    @Get("/{key}")
    ScheduleView one(String key) {
        return schedules.view(key);
    }

    /** Changes cron, time zone and enabled; 422 INVALID_CRON with the reason for a cron that cannot run or never fires. */
    @Put("/{key}")
    ScheduleView update(String key, @Body UpdateSchedule request, Authentication authentication) {
        return schedules.update(key, request.cron(), request.timeZone(), request.enabled(), Callers.id(authentication));
    }

    /** The next {@code count} (1..100, default 5) fire times from now. */
    @Get("/{key}/preview")
    PreviewView preview(String key, @QueryValue(defaultValue = "5") int count) {
        return schedules.preview(key, count);
    }

    @Post("/{key}/pause")
    ScheduleView pause(String key, Authentication authentication) {
        return schedules.pause(key, Callers.id(authentication));
    }

    @Post("/{key}/resume")
    ScheduleView resume(String key, Authentication authentication) {
        return schedules.resume(key, Callers.id(authentication));
    }

    /** Fires the job once now, on whichever instance picks it up; its run appears in the history as manual. */
    @Post("/{key}/trigger")
    HttpResponse<Triggered> trigger(String key, Authentication authentication) {
        schedules.trigger(key, Callers.id(authentication));
        return HttpResponse.status(HttpStatus.ACCEPTED).body(new Triggered(key));
    }

    /** The run history, latest first: fire time, start, end, outcome, error, the instance that ran it. */
    @Get("/{key}/runs")
    Page<RunView> runs(String key, @Valid @RequestBean PageQuery page) {
        return schedules.runs(key, page.pageable(Sort.unsorted()));
    }


    @Serdeable
    record Triggered(String key) {
    }
}
