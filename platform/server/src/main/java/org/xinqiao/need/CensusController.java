package org.xinqiao.need;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.xinqiao.common.Callers;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

/**
 * Census rounds (需求普查). Village staff open, fill and close their village's rounds (school contacts may record);
 * approval climbs village (VILLAGE_STAFF) → township → county (CIVIL_AFFAIRS, two different people).
 */
@Controller("/api/v1/census/rounds")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Children and needs")
class CensusController {

    private final CensusService census;

    CensusController(CensusService census) {
        this.census = census;
    }

    /** Either {@code period} (a half-year such as {@code 2027-H1}) or {@code startDate} and {@code endDate}. */
    @Serdeable
    record OpenRoundRequest(@NotNull Long villageId, @Nullable String period, @Nullable LocalDate startDate,
                            @Nullable LocalDate endDate) {
    }

    /** {@code revision: true} replaces the child's current record in the round and keeps the earlier one. */
    @Serdeable
    record RecordRequest(@NotNull Long childId, @NotNull Map<String, Integer> scores, @Nullable Boolean revision) {
    }

    /** 201 with the new round, or 200 with the round already open for that village and period. */
    @Post
    @Secured("VILLAGE_STAFF")
    HttpResponse<CensusRoundView> open(@Body @Valid OpenRoundRequest request, Authentication authentication) {
        var opened = census.openAs(Callers.id(authentication), request.villageId(), request.period(), request.startDate(), request.endDate());
        return HttpResponse.status(opened.created() ? HttpStatus.CREATED : HttpStatus.OK).body(opened.round());
    }

    @Get
    @Secured({"VILLAGE_STAFF", "SCHOOL_CONTACT", "STATION_STAFF", "CIVIL_AFFAIRS"})
    Page<CensusRoundView> ofVillage(@QueryValue long villageId, @Valid @RequestBean PageQuery page, Authentication authentication) {
        return census.roundsOf(villageId, Callers.id(authentication), page.pageable(Sort.unsorted()));
    }

    @Get("/{id}")
    @Secured({"VILLAGE_STAFF", "SCHOOL_CONTACT", "STATION_STAFF", "CIVIL_AFFAIRS"})
    CensusRoundView one(long id, Authentication authentication) {
        return census.round(id, Callers.id(authentication));
    }

    /** 201 with the record; 409 CENSUS_RECORD_EXISTS for a second record of the child without {@code revision: true}. */
    @Post("/{id}/records")
    @Secured({"VILLAGE_STAFF", "SCHOOL_CONTACT"})
    HttpResponse<CensusRecordView> record(long id, @Body @Valid RecordRequest request, Authentication authentication) {
        return HttpResponse.created(census.record(id, Callers.id(authentication), request.childId(), request.scores(),
                Boolean.TRUE.equals(request.revision())));
    }

    /** Every revision of a child's record in the round, the first first. */
    @Get("/{id}/records/{childId}")
    @Secured({"VILLAGE_STAFF", "SCHOOL_CONTACT", "CIVIL_AFFAIRS"})
    List<CensusRecordView> recordsOf(long id, long childId, Authentication authentication) {
        return census.recordsOf(id, childId, Callers.id(authentication));
    }

    @Post("/{id}/close")
    @Secured("VILLAGE_STAFF")
    CensusRoundView close(long id, Authentication authentication) {
        return census.close(id, Callers.id(authentication));
    }

    /** Approves the round one level up (village, then township, then county). */
    @Post("/{id}/approve")
    @Secured({"VILLAGE_STAFF", "CIVIL_AFFAIRS"})
    CensusRoundView approve(long id, Authentication authentication) {
        return census.approve(id, Callers.id(authentication));
    }

    /** Children assessed in the round ÷ children registered in the village. */
    @Get("/{id}/coverage")
    @Secured({"VILLAGE_STAFF", "SCHOOL_CONTACT", "STATION_STAFF", "CIVIL_AFFAIRS"})
    CensusCoverage coverage(long id, Authentication authentication) {
        return census.coverage(id, Callers.id(authentication));
    }

}
