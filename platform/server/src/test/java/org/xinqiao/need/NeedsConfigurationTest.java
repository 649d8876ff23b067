package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.context.env.yaml.YamlPropertySourceLoader;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** config/application.yml states RULES.md §2; {@link NeedsRules#defaults()} states it too; they must agree. */
class NeedsConfigurationTest {

    @Test
    void theShippedConfigurationBindsToExactlyTheDefaultRules() throws IOException {
        // given
        PropertySourcePropertyResolver shipped = shippedConfiguration(Map.of());

        // when
        NeedsRules bound = NeedsConfiguration.rules(shipped);

        // then
        assertEquals(NeedsRules.defaults(), bound);
    }

    @Test
    void theShippedConfigurationStatesEveryRuleRatherThanLeavingItToTheDefaults() throws IOException {
        // given
        PropertySourcePropertyResolver shipped = shippedConfiguration(Map.of());

        // then
        for (String tier : List.of("primary", "teen")) {
            for (String key : List.of("min-age", "max-age", "services")) {
                assertEquals(true, shipped.containsProperty("xinqiao.needs.tiers." + tier + "." + key), tier + "." + key);
            }
        }
        for (String group : List.of("poor-household", "emotional-deficit", "academic-difficulty")) {
            for (String key : List.of("categories", "indicators", "min-level", "services")) {
                assertEquals(true, shipped.containsProperty("xinqiao.needs.groups." + group + "." + key), group + "." + key);
            }
        }
    }

    @Test
    void aChangedThresholdInTheConfigurationChangesTheRules() throws IOException {
        // given
        PropertySourcePropertyResolver changed = shippedConfiguration(Map.of(
                "xinqiao.needs.tiers.teen.max-age", 17,
                "xinqiao.needs.groups.poor-household.min-level", 3));

        // when
        NeedsRules bound = NeedsConfiguration.rules(changed);

        // then
        assertEquals(17, bound.tiers().get(AgeTier.TEEN).maxAge());
        assertEquals(3, bound.groups().get(NeedsGroup.POOR_HOUSEHOLD).minLevel());
        assertEquals(NeedsRules.defaults().groups().get(NeedsGroup.EMOTIONAL_DEFICIT), bound.groups().get(NeedsGroup.EMOTIONAL_DEFICIT));
    }

    @Test
    void withNoConfigurationAtAllTheRulesAreTheDefaults() {
        // given
        PropertySourcePropertyResolver empty = new PropertySourcePropertyResolver();

        // when / then
        assertEquals(NeedsRules.defaults(), NeedsConfiguration.rules(empty));
    }

    @Test
    void anUnknownServiceInTheConfigurationStopsTheStart() throws IOException {
        // given
        PropertySourcePropertyResolver wrong = shippedConfiguration(Map.of(
                "xinqiao.needs.tiers.primary.services", List.of("TUTORING", "KNITTING")));

        // when / then
        assertThrows(IllegalArgumentException.class, () -> NeedsConfiguration.rules(wrong));
    }

    @Test
    void theShippedCensusCalendarOpensOnFirstMarchAndFirstSeptemberAndLocksThirtyDaysAfter() throws IOException {
        // given
        CensusCalendar calendar = NeedsConfiguration.calendar(shippedConfiguration(Map.of()));

        // when
        CensusCalendar.Period h1 = calendar.halfYear("2027-H1");

        // then
        assertEquals(new CensusCalendar.Period("2027-H1", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 8, 31),
                LocalDate.of(2027, 9, 30)), h1);
    }

    private static PropertySourcePropertyResolver shippedConfiguration(Map<String, Object> overrides) throws IOException {
        PropertySourcePropertyResolver resolver = new PropertySourcePropertyResolver();
        try (InputStream yaml = NeedsConfigurationTest.class.getClassLoader().getResourceAsStream("application.yml")) {
            Map<String, Object> values = new YamlPropertySourceLoader().read("application.yml", yaml);
            resolver.addPropertySource(PropertySource.of("application", values));
        }
        if (!overrides.isEmpty()) {
            resolver.addPropertySource(PropertySource.of("overrides", new LinkedHashMap<>(overrides), 1000));
        }
        return resolver;
    }
}
