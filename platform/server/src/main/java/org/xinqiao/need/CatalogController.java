package org.xinqiao.need;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.xinqiao.common.Page;

/** The census indicators and the service types, as reference data with Chinese and English labels. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "Children and needs")
class CatalogController {

    @Serdeable
    record IndicatorView(String code, Category category, String categoryLabelZh, String categoryLabelEn, String labelZh,
                         String labelEn, int minScore, int maxScore) {
    }

    @Serdeable
    record ServiceTypeView(String code, Category category, String labelZh, String labelEn, Qualification requiredQualification,
                           String qualificationLabelZh, String qualificationLabelEn) {
    }

    /** The 20 census indicators in catalog order, each scored 0 (no need) to 3 (urgent). */
    @Get("/indicators")
    Page<IndicatorView> indicators() {
        List<IndicatorView> items = Arrays.stream(Indicator.values()).map(i -> new IndicatorView(i.name(), i.category(),
                i.category().chineseLabel(), i.category().englishLabel(), i.chineseLabel(), i.englishLabel(),
                Score.NO_NEED, Score.URGENT)).toList();
        return new Page<>(items, 0, items.size(), items.size());
    }

    /** The services a need can ask for, with the category each answers and the qualification a provider needs. */
    @Get("/service-types")
    Page<ServiceTypeView> serviceTypes() {
        List<ServiceTypeView> items = Arrays.stream(ServiceType.values()).map(s -> new ServiceTypeView(s.name(), s.category(),
                s.chineseLabel(), s.englishLabel(), s.requiredQualification(), s.requiredQualification().chineseLabel(),
                s.requiredQualification().englishLabel())).toList();
        return new Page<>(items, 0, items.size(), items.size());
    }
}
