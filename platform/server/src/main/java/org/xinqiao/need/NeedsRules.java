package org.xinqiao.need;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The thresholds of RULES.md §2 as configuration: which ages make up each tier and which services the tier
 * puts first, and when a child belongs to a group and what the group adds. {@link #defaults()} holds the
 * values RULES.md gives. Built only of numbers, lists and maps keyed by enum names so that it binds from
 * {@code xinqiao.needs.*} in YAML; a rule set that contradicts itself fails when it is built, not when
 * the first child is profiled.
 *
 * @param tiers  every tier but {@link AgeTier#NONE}, which is by definition the ages no tier covers
 * @param groups every group
 */
record NeedsRules(Map<AgeTier, TierRule> tiers, Map<NeedsGroup, GroupRule> groups) {

    /**
     * @param minAge   youngest age of the tier, in whole years, included
     * @param maxAge   oldest age of the tier, in whole years, included
     * @param services what the tier puts first, in the order recommended
     */
    record TierRule(int minAge, int maxAge, List<ServiceType> services) {

        TierRule {
            if (minAge < 0 || maxAge < minAge) {
                throw new IllegalArgumentException("a tier needs 0 <= minAge <= maxAge, was " + minAge + ".." + maxAge);
            }
            services = List.copyOf(services);
        }

        boolean covers(int age) {
            return age >= minAge && age <= maxAge;
        }
    }

    /**
     * A child belongs to the group when the level of any of {@code categories}, or the score of any of
     * {@code indicators}, reaches {@code minLevel}. Both lists exist because RULES.md defines some groups
     * by a whole category (poor household) and others by single indicators (academic difficulty).
     *
     * @param minLevel lowest level (1..3) that makes a child a member; 0 would make every child one
     * @param services what the group adds, in the order recommended
     */
    record GroupRule(List<Category> categories, List<Indicator> indicators, int minLevel, List<ServiceType> services) {

        GroupRule {
            categories = List.copyOf(categories);
            indicators = List.copyOf(indicators);
            services = List.copyOf(services);
            if (categories.isEmpty() && indicators.isEmpty()) {
                throw new IllegalArgumentException("a group needs at least one category or indicator");
            }
            if (minLevel <= Score.NO_NEED || minLevel > Score.URGENT) {
                throw new IllegalArgumentException(
                        "a group's minLevel must be between 1 and " + Score.URGENT + ", was " + minLevel);
            }
        }
    }

    NeedsRules {
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(groups, "groups");
        if (tiers.containsKey(AgeTier.NONE)) {
            throw new IllegalArgumentException("NONE is the ages outside every tier and cannot be configured");
        }
        Set<AgeTier> missingTiers = EnumSet.complementOf(EnumSet.of(AgeTier.NONE));
        missingTiers.removeAll(tiers.keySet());
        if (!missingTiers.isEmpty()) {
            throw new IllegalArgumentException("tiers not configured: " + missingTiers);
        }
        Set<NeedsGroup> missingGroups = EnumSet.allOf(NeedsGroup.class);
        missingGroups.removeAll(groups.keySet());
        if (!missingGroups.isEmpty()) {
            throw new IllegalArgumentException("groups not configured: " + missingGroups);
        }
        tiers = Map.copyOf(tiers);
        groups = Map.copyOf(groups);
        requireDisjoint(tiers);
    }

    /** RULES.md §2 as written. */
    static NeedsRules defaults() {
        return new NeedsRules(
                Map.of(
                        AgeTier.PRIMARY, new TierRule(6, 12, List.of(
                                ServiceType.TUTORING, ServiceType.INTEREST_CLASS, ServiceType.SAFETY_EDUCATION)),
                        AgeTier.TEEN, new TierRule(13, 16, List.of(
                                ServiceType.PSYCHOLOGICAL_COUNSELLING, ServiceType.CAREER_PLANNING,
                                ServiceType.SOCIAL_PRACTICE))),
                Map.of(
                        NeedsGroup.POOR_HOUSEHOLD, new GroupRule(List.of(Category.MATERIAL), List.of(), 2,
                                List.of(ServiceType.MATERIAL_AID, ServiceType.STUDY_GRANT)),
                        NeedsGroup.EMOTIONAL_DEFICIT, new GroupRule(List.of(Category.PSYCHOLOGICAL), List.of(), 2,
                                List.of(ServiceType.ONE_TO_ONE_COMPANIONSHIP, ServiceType.PSYCHOLOGICAL_COUNSELLING)),
                        NeedsGroup.ACADEMIC_DIFFICULTY, new GroupRule(List.of(), List.of(Indicator.E1, Indicator.E5), 2,
                                List.of(ServiceType.PERSONALISED_TUTORING_PLAN))));
    }

    // A child of one age in two tiers would make the recommendation depend on iteration order.
    private static void requireDisjoint(Map<AgeTier, TierRule> tiers) {
        for (var a : tiers.entrySet()) {
            for (var b : tiers.entrySet()) {
                if (a.getKey().compareTo(b.getKey()) < 0
                        && a.getValue().minAge() <= b.getValue().maxAge()
                        && b.getValue().minAge() <= a.getValue().maxAge()) {
                    throw new IllegalArgumentException("tiers " + a.getKey() + " and " + b.getKey() + " overlap");
                }
            }
        }
    }
}
