package org.xinqiao.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import java.time.LocalDate;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.xinqiao.common.Callers;

@Controller("/api/v1/admin")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Providers, stations, matching")
class MatchingController {

    private final MatchingService matching;

    MatchingController(MatchingService matching) {
        this.matching = matching;
    }

    /** Matches the needs waiting for a provider, in one village or (administrators) in all. */
    @Post("/matching/runs")
    @Secured({"ADMIN", "VILLAGE_STAFF", "CIVIL_AFFAIRS"})
    MatchingService.Result run(@Nullable @Body @Valid RunRequest request, Authentication authentication) {
        return matching.run(Callers.id(authentication), request == null ? null : request.villageId());
    }

    /** Match success rate of a station (RULES.md §3) over the civil days from..to, both included. */
    @Get("/stations/{id}/kpi")
    @Secured({"ADMIN", "VILLAGE_STAFF", "STATION_STAFF", "CIVIL_AFFAIRS"})
    MatchingService.StationKpi kpi(long id, @QueryValue LocalDate from, @QueryValue LocalDate to, Authentication authentication) {
        return matching.kpi(Callers.id(authentication), id, from, to);
    }

    @Serdeable
    record RunRequest(@Nullable Long villageId) {
    }
}
