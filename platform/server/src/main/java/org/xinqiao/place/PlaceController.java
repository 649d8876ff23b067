package org.xinqiao.place;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.xinqiao.common.Callers;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;

@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Places")
class PlaceController {

    private final PlaceService places;

    PlaceController(PlaceService places) {
        this.places = places;
    }

    /** The villages served, with their township, county and service stations. */
    @Get("/villages")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    Page<VillageView> villages(@Valid @RequestBean PageQuery page,
                               @Nullable @QueryValue @Pattern(regexp = "\\d{6}|\\d{9}") String divisionCode) {
        return places.villages(divisionCode, page.pageable(Sort.unsorted()));
    }

    @Post("/admin/villages")
    @ApiResponse(responseCode = "201", description = "Created")
    @Secured("ADMIN")
    HttpResponse<VillageView> createVillage(@Body @Valid CreateVillageRequest request, Authentication authentication) {
        if (!request.code().startsWith(request.townshipCode())) {
            throw DomainException.invalid("code", "must start with the townshipCode");
        }
        Township township = new Township(request.townshipCode(), request.townshipName(), request.townshipCode().substring(0, 6),
                request.countyName(), request.city(), request.province());
        VillageView village = places.createVillage(Callers.id(authentication), township, request.code(), request.name(), request.stationName());
        return HttpResponse.created(village);
    }

    @Post("/admin/villages/{id}/stations")
    @ApiResponse(responseCode = "201", description = "Created")
    @Secured("ADMIN")
    HttpResponse<VillageView.StationView> addStation(long id, @Body @Valid StationRequest request, Authentication authentication) {
        return HttpResponse.created(places.addStation(Callers.id(authentication), id, request.name(), request.address()));
    }

    /** Imports division CSVs (townships and/or villages) of the national statistical tables' shape. */
    @Post(value = "/admin/divisions/import", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured("ADMIN")
    PlaceService.ImportResult importDivisions(@Nullable @Part("townships") CompletedFileUpload townships,
                                              @Nullable @Part("villages") CompletedFileUpload villages,
                                              Authentication authentication) throws IOException {
        if (townships == null && villages == null) {
            throw DomainException.invalid("townships", "send a 'townships' and/or a 'villages' CSV file");
        }
        return places.importDivisions(Callers.id(authentication), text(townships), text(villages));
    }

    private static String text(@Nullable CompletedFileUpload upload) throws IOException {
        if (upload == null) {
            return null;
        }
        byte[] bytes = upload.getBytes();
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new DomainException(ErrorCode.INVALID_IMPORT, "'" + upload.getFilename() + "' is not UTF-8 text");
        }
    }


    @Serdeable
    record CreateVillageRequest(
            @NotBlank @Pattern(regexp = "\\d{12}", message = "must be the 12-digit division code") String code,
            @NotBlank @Size(max = 64) String name,
            @NotBlank @Pattern(regexp = "\\d{9}", message = "must be the 9-digit division code") String townshipCode,
            @NotBlank @Size(max = 64) String townshipName,
            @NotBlank @Size(max = 64) String countyName,
            @NotBlank @Size(max = 64) String city,
            @NotBlank @Size(max = 64) String province,
            @Nullable @Size(max = 100) String stationName) {
    }

    @Serdeable
    record StationRequest(@NotBlank @Size(max = 100) String name, @Nullable @Size(max = 200) String address) {
    }
}
