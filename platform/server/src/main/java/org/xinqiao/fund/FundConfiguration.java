package org.xinqiao.fund;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Binds {@link FundRules} from {@code xinqiao.fund.*} (config/application.yml, whose values are those of
 * RULES.md §5). The band table is a list of maps, read as such so each band stays one readable entry.
 */
@Factory
final class FundConfiguration {

    @Singleton
    FundRules fundRules(Environment environment,
                        @Value("${xinqiao.fund.mode}") String mode,
                        @Value("${xinqiao.fund.excellent-discount}") BigDecimal excellentDiscount,
                        @Value("${xinqiao.fund.logistics-subsidy-rate}") BigDecimal logisticsSubsidyRate,
                        @Value("${xinqiao.fund.tax-credit-share}") BigDecimal taxCreditShare) {
        List<?> entries = environment.getProperty("xinqiao.fund.bands", List.class)
                .orElseThrow(() -> new ConfigurationException("xinqiao.fund.bands is missing"));
        List<Band> bands = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> band)) {
                throw new ConfigurationException("each of xinqiao.fund.bands needs lower-bound, lower-inclusive and rate");
            }
            bands.add(new Band(decimal(band, "lower-bound"), Boolean.parseBoolean(text(band, "lower-inclusive")),
                    decimal(band, "rate")));
        }
        try {
            return new FundRules(bands, AccrualMode.valueOf(mode.trim().toUpperCase(Locale.ROOT)),
                    excellentDiscount, logisticsSubsidyRate, taxCreditShare);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("xinqiao.fund: " + e.getMessage(), e);
        }
    }

    private static BigDecimal decimal(Map<?, ?> band, String key) {
        try {
            return new BigDecimal(text(band, key));
        } catch (NumberFormatException e) {
            throw new ConfigurationException("xinqiao.fund.bands " + key + " is not a number: " + band.get(key));
        }
    }

    private static String text(Map<?, ?> band, String key) {
        Object value = band.get(key);
        if (value == null) {
            throw new ConfigurationException("xinqiao.fund.bands entry " + band + " has no " + key);
        }
        return value.toString().trim();
    }
}
