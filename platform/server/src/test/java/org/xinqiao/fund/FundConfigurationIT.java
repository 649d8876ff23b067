package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Every figure of the fund is configuration: here the mode and the discount are changed, the bands kept. */
@MicronautTest(startApplication = false, transactional = false)
@Property(name = "xinqiao.fund.mode", value = "marginal")
@Property(name = "xinqiao.fund.excellent-discount", value = "0.02")
class FundConfigurationIT {

    @Inject
    FundRules rules;

    @Test
    void theAccrualModeAndTheExcellentDiscountComeFromConfiguration() {
        assertEquals(AccrualMode.MARGINAL, rules.mode());
        assertEquals(new BigDecimal("0.02"), rules.excellentDiscount());
        assertEquals(FundRules.defaults().bands(), rules.bands());
    }
}
