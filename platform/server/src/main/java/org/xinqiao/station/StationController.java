package org.xinqiao.station;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import io.micronaut.context.annotation.Value;
import org.xinqiao.common.Callers;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;
import org.xinqiao.need.ServiceType;
import org.xinqiao.provider.WeeklyWindow;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Providers, stations, matching")
class StationController {

    private final StationService stations;
    private final Clock clock;
    private final ZoneId zone;

    StationController(StationService stations, Clock clock, @Value("${xinqiao.time-zone}") ZoneId zone) {
        this.stations = stations;
        this.clock = clock;
        this.zone = zone;
    }

    /** Service stations with their rooms and opening hours. */
    @Get("/stations")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Page<StationService.StationDetails> stations(@Valid @RequestBean PageQuery page, @Nullable @QueryValue Long villageId) {
        return stations.stations(villageId, page.pageable(Sort.unsorted()));
    }

    @Get("/stations/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    StationService.StationDetails station(long id) {
        return stations.station(id);
    }

    /** Slots starting on the civil days from..to (both included; default today and the 6 days after). */
    @Get("/stations/{id}/slots")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Page<SlotView> slots(long id, @Nullable @QueryValue LocalDate from, @Nullable @QueryValue LocalDate to,
                         @Nullable @QueryValue ServiceType serviceType, @Valid @RequestBean PageQuery page) {
        LocalDate first = from != null ? from : LocalDate.ofInstant(clock.instant(), zone);
        LocalDate last = to != null ? to : first.plusDays(6);
        if (last.isBefore(first)) {
            throw DomainException.invalid("to", "must not be before from");
        }
        return stations.slots(id, first, last, serviceType, page.pageable(Sort.unsorted()));
    }

    @Post("/admin/stations/{id}/rooms")
    @Secured({"ADMIN", "STATION_STAFF", "VILLAGE_STAFF"})
    HttpResponse<Room> addRoom(long id, @Body @Valid RoomRequest request, Authentication authentication) {
        return HttpResponse.created(stations.addRoom(Callers.id(authentication), id, request.kind(), request.name(), request.capacity()));
    }

    /** Replaces the station's weekly opening hours. */
    @Put("/admin/stations/{id}/opening-hours")
    @Secured({"ADMIN", "STATION_STAFF", "VILLAGE_STAFF"})
    StationService.StationDetails openingHours(long id, @Body @Valid HoursRequest request, Authentication authentication) {
        return stations.setOpeningHours(Callers.id(authentication), id, request.hours());
    }

    /** Generates slots for a date range; running it twice creates nothing new. */
    @Post("/admin/stations/{id}/slots/generate")
    @Secured({"ADMIN", "STATION_STAFF", "VILLAGE_STAFF"})
    StationService.Generated generate(long id, @Body @Valid GenerateRequest request, Authentication authentication) {
        return stations.generate(Callers.id(authentication), id, request.from(), request.to(), request.serviceType(), request.providerId(),
                request.roomId(), request.minutes() == null ? null : Duration.ofMinutes(request.minutes()), request.capacity());
    }


    @Serdeable
    record RoomRequest(@NotNull RoomKind kind, @NotBlank @Size(max = 100) String name, @Min(1) @Max(500) int capacity) {
    }

    @Serdeable
    record HoursRequest(@NotNull @Size(max = 50) List<@Valid @NotNull WeeklyWindow> hours) {
    }

    @Serdeable
    record GenerateRequest(@NotNull LocalDate from, @NotNull LocalDate to, @NotNull ServiceType serviceType, @Nullable Long providerId,
                           @Nullable Long roomId, @Nullable @Min(10) @Max(720) Integer minutes, @Nullable @Min(1) @Max(500) Integer capacity) {
    }
}
