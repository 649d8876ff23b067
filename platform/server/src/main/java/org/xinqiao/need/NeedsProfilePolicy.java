package org.xinqiao.need;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.xinqiao.common.DomainException;

/**
 * Decides a child's {@link NeedsProfile} from the census scores, under {@link NeedsRules}. Knows nothing of
 * storage or HTTP: it takes a birth date, the day the service takes place and the scores, and returns values.
 */
final class NeedsProfilePolicy {

    private final NeedsRules rules;

    NeedsProfilePolicy(NeedsRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /**
     * @param scores the census scores; indicators left out count as not recorded
     * @throws DomainException {@code VALIDATION_FAILED} when a score is outside 0..3 ({@code scores.M1}) or
     *                         the service date is before the birth date ({@code serviceDate})
     */
    NeedsProfile profile(LocalDate birthDate, LocalDate serviceDate, Map<Indicator, Integer> scores) {
        Score.requireValid(scores);
        int age = ageOn(birthDate, serviceDate);
        Map<Category, Integer> levels = categoryLevels(scores);
        List<NeedsGroup> groups = groups(levels, scores);
        AgeTier tier = tierAt(age);
        return new NeedsProfile(tier, age, groups, levels, recommended(tier, groups));
    }

    // Period counts whole years the civil way: a 29 February birthday comes round on 1 March in common years.
    private static int ageOn(LocalDate birthDate, LocalDate serviceDate) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(serviceDate, "serviceDate");
        if (serviceDate.isBefore(birthDate)) {
            throw DomainException.invalid("serviceDate", "must not be before the child's birth date " + birthDate);
        }
        return Period.between(birthDate, serviceDate).getYears();
    }

    private AgeTier tierAt(int age) {
        return rules.tiers().entrySet().stream()
                .filter(tier -> tier.getValue().covers(age))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(AgeTier.NONE);
    }

    private static Map<Category, Integer> categoryLevels(Map<Indicator, Integer> scores) {
        Map<Category, Integer> levels = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            levels.put(category, Score.NO_NEED);
        }
        scores.forEach((indicator, score) -> levels.merge(indicator.category(), score, Math::max));
        return levels;
    }

    private List<NeedsGroup> groups(Map<Category, Integer> levels, Map<Indicator, Integer> scores) {
        List<NeedsGroup> groups = new ArrayList<>();
        for (NeedsGroup group : NeedsGroup.values()) {
            NeedsRules.GroupRule rule = rules.groups().get(group);
            boolean byCategory = rule.categories().stream().anyMatch(c -> levels.get(c) >= rule.minLevel());
            boolean byIndicator = rule.indicators().stream()
                    .anyMatch(i -> scores.getOrDefault(i, Score.NO_NEED) >= rule.minLevel());
            if (byCategory || byIndicator) {
                groups.add(group);
            }
        }
        return groups;
    }

    // Group services are still recommended to a child with no tier: staff book them, nobody else does.
    private List<ServiceType> recommended(AgeTier tier, List<NeedsGroup> groups) {
        Set<ServiceType> services = new LinkedHashSet<>();
        if (tier != AgeTier.NONE) {
            services.addAll(rules.tiers().get(tier).services());
        }
        groups.forEach(group -> services.addAll(rules.groups().get(group).services()));
        return List.copyOf(services);
    }
}
