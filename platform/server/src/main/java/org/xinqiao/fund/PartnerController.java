package org.xinqiao.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.xinqiao.common.Callers;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.Page;
import org.xinqiao.common.PageQuery;
import org.xinqiao.fund.FundViews.CommitteeView;
import org.xinqiao.fund.FundViews.PartnerDetails;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.plugin.api.SaleStatus;

/** Partners, their committees and ratings, and manual sales entry: managed by civil affairs and administrators. */
@Controller("/api/v1/admin/partners")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"ADMIN", "CIVIL_AFFAIRS"})
@Tag(name = "Fund")
class PartnerController {

    private final FundService fund;

    PartnerController(FundService fund) {
        this.fund = fund;
    }

    @Post
    HttpResponse<PartnerDetails> create(@Body @Valid NewPartner request, Authentication authentication) {
        return HttpResponse.created(fund.createPartner(Callers.id(authentication), request.name(), request.platformPluginId(),
                Money.parse("expectedAnnualSales", request.expectedAnnualSales()), request.committee().view()));
    }

    @Get
    Page<PartnerDetails> list(@Valid @RequestBean PageQuery page) {
        return Page.of(fund.list(page.pageable(Sort.of(Sort.Order.asc("id")))), p -> fund.details(p.id()));
    }

    @Get("/{id}")
    PartnerDetails one(long id) {
        return fund.details(id);
    }

    /** Sets or corrects the partner's rating for a year; EXCELLENT takes one point off next year's rates. */
    @Put("/{id}/ratings/{year}")
    PartnerDetails rate(long id, int year, @Body @Valid RatingRequest request, Authentication authentication) {
        return fund.rate(Callers.id(authentication), id, year, request.rating());
    }

    /**
     * Sale lines entered by hand or from a file; plugins' syncs and webhooks go through the same intake, keyed
     * by the platform's order and line ids, so a line counts once however often and however it arrives.
     */
    @Post("/{id}/sales")
    IntakeResult sales(long id, @Body @Valid SalesRequest request, Authentication authentication) {
        List<SaleLine> lines = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            lines.add(request.lines().get(i).toSaleLine("lines[" + i + "]"));
        }
        return fund.intakeBy(Callers.id(authentication), id, request.source() == null ? "manual" : request.source(), lines);
    }


    @Serdeable
    record CommitteeRequest(@NotNull @Positive Long civilAffairsAccountId, @NotNull @Positive Long platformAccountId,
                            @NotNull @Positive Long villageCollectiveAccountId,
                            @NotNull @Positive Long guardianRepresentativeAccountId) {
        CommitteeView view() {
            return new CommitteeView(civilAffairsAccountId, platformAccountId, villageCollectiveAccountId,
                    guardianRepresentativeAccountId);
        }
    }

    @Serdeable
    record NewPartner(@NotBlank @Size(max = 100) String name,
                      @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String platformPluginId,
                      @NotNull @Pattern(regexp = Money.PATTERN, message = "must be an amount in yuan like \"1234.50\"")
                      String expectedAnnualSales,
                      @NotNull @Valid CommitteeRequest committee) {
    }

    @Serdeable
    record RatingRequest(@NotNull Rating rating) {
    }

    @Serdeable
    record SalesRequest(@Nullable @Pattern(regexp = "manual|file") String source,
                        @NotNull @Size(min = 1, max = 1000) List<@NotNull @Valid LineRequest> lines) {
    }

    @Serdeable
    record LineRequest(@NotBlank @Size(max = 99) String platformOrderId,
                       @NotBlank @Size(max = 100) String lineId,
                       @Nullable @Size(max = 200) String storeName,
                       @Nullable @Size(max = 200) String productName,
                       @Nullable @Size(max = 200) String category,
                       @Nullable @Positive Integer quantity,
                       @NotNull @Pattern(regexp = Money.PATTERN, message = "must be an amount in yuan like \"1234.50\"")
                       String amountPaid,
                       @Nullable OffsetDateTime paidAt,
                       @NotNull @Pattern(regexp = "PAID|SHIPPED|COMPLETED|CLOSED|REFUNDED") String status,
                       @NotNull Boolean agricultural) {

        SaleLine toSaleLine(String field) {
            try {
                return new SaleLine(platformOrderId, lineId, storeName == null ? "" : storeName,
                        productName == null ? "" : productName, category == null ? "" : category,
                        quantity == null ? 1 : quantity, new BigDecimal(amountPaid),
                        paidAt == null ? null : paidAt.toInstant(), SaleStatus.valueOf(status), agricultural);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalid(field, e.getMessage());
            }
        }
    }
}
