package org.xinqiao.need;

import io.micronaut.context.annotation.Factory;
import io.micronaut.core.type.Argument;
import io.micronaut.core.value.PropertyResolver;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Binds {@code xinqiao.needs.*} (config/application.yml states every value of RULES.md §2) into the rules the
 * feature runs on. A key left out keeps the value of {@link NeedsRules#defaults()}; a contradictory setting
 * stops the server at start-up rather than at the first profile.
 * <pre>
 * xinqiao.needs.tiers.&lt;primary|teen&gt;.{min-age, max-age, services}
 * xinqiao.needs.groups.&lt;poor-household|emotional-deficit|academic-difficulty&gt;.{categories, indicators, min-level, services}
 * xinqiao.needs.census.{first-half-starts, second-half-starts, lock-after-days}
 * </pre>
 */
@Factory
class NeedsConfiguration {

    static final String PREFIX = "xinqiao.needs.";

    @Singleton
    NeedsRules needsRules(PropertyResolver properties) {
        return rules(properties);
    }

    @Singleton
    CensusCalendar censusCalendar(PropertyResolver properties) {
        return calendar(properties);
    }

    static NeedsRules rules(PropertyResolver properties) {
        NeedsRules defaults = NeedsRules.defaults();
        Map<AgeTier, NeedsRules.TierRule> tiers = new EnumMap<>(AgeTier.class);
        defaults.tiers().forEach((tier, fallback) -> {
            String key = PREFIX + "tiers." + kebab(tier) + ".";
            tiers.put(tier, new NeedsRules.TierRule(
                    properties.getProperty(key + "min-age", Integer.class, fallback.minAge()),
                    properties.getProperty(key + "max-age", Integer.class, fallback.maxAge()),
                    list(properties, key + "services", ServiceType::valueOf, fallback.services())));
        });
        Map<NeedsGroup, NeedsRules.GroupRule> groups = new EnumMap<>(NeedsGroup.class);
        defaults.groups().forEach((group, fallback) -> {
            String key = PREFIX + "groups." + kebab(group) + ".";
            groups.put(group, new NeedsRules.GroupRule(
                    list(properties, key + "categories", Category::valueOf, fallback.categories()),
                    list(properties, key + "indicators", Indicator::valueOf, fallback.indicators()),
                    properties.getProperty(key + "min-level", Integer.class, fallback.minLevel()),
                    list(properties, key + "services", ServiceType::valueOf, fallback.services())));
        });
        return new NeedsRules(tiers, groups);
    }

    static CensusCalendar calendar(PropertyResolver properties) {
        String key = PREFIX + "census.";
        return new CensusCalendar(
                CensusCalendar.monthDay(properties.getProperty(key + "first-half-starts", String.class, "03-01"), key + "first-half-starts"),
                CensusCalendar.monthDay(properties.getProperty(key + "second-half-starts", String.class, "09-01"), key + "second-half-starts"),
                properties.getProperty(key + "lock-after-days", Integer.class, 30));
    }

    // An explicit empty list ("indicators: []") is a setting too, so only an absent key falls back.
    private static <T> List<T> list(PropertyResolver properties, String key, Function<String, T> parse, List<T> fallback) {
        if (!properties.containsProperty(key)) {
            return fallback;
        }
        List<String> raw = properties.getProperty(key, Argument.listOf(String.class)).orElse(List.of());
        List<T> values = new ArrayList<>();
        for (String value : raw) {
            try {
                values.add(parse.apply(value.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(key + ": unknown value '" + value + "'", e);
            }
        }
        return values;
    }

    private static String kebab(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
