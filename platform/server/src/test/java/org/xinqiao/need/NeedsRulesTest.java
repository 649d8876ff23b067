package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinqiao.need.NeedsRules.GroupRule;
import org.xinqiao.need.NeedsRules.TierRule;

class NeedsRulesTest {

    private static final TierRule PRIMARY = new TierRule(6, 12, List.of(ServiceType.TUTORING));
    private static final TierRule TEEN = new TierRule(13, 16, List.of(ServiceType.CAREER_PLANNING));
    private static final Map<NeedsGroup, GroupRule> GROUPS = NeedsRules.defaults().groups();

    @Test
    void theDefaultTiersAreThoseOfTheRules() {
        // given
        NeedsRules rules = NeedsRules.defaults();

        // when
        Map<AgeTier, TierRule> tiers = rules.tiers();

        // then
        assertEquals(Map.of(
                AgeTier.PRIMARY, new TierRule(6, 12, List.of(
                        ServiceType.TUTORING, ServiceType.INTEREST_CLASS, ServiceType.SAFETY_EDUCATION)),
                AgeTier.TEEN, new TierRule(13, 16, List.of(
                        ServiceType.PSYCHOLOGICAL_COUNSELLING, ServiceType.CAREER_PLANNING, ServiceType.SOCIAL_PRACTICE))),
                tiers);
    }

    @Test
    void theDefaultGroupsAreThoseOfTheRules() {
        // given
        NeedsRules rules = NeedsRules.defaults();

        // when
        Map<NeedsGroup, GroupRule> groups = rules.groups();

        // then
        assertEquals(Map.of(
                NeedsGroup.POOR_HOUSEHOLD, new GroupRule(List.of(Category.MATERIAL), List.of(), 2,
                        List.of(ServiceType.MATERIAL_AID, ServiceType.STUDY_GRANT)),
                NeedsGroup.EMOTIONAL_DEFICIT, new GroupRule(List.of(Category.PSYCHOLOGICAL), List.of(), 2,
                        List.of(ServiceType.ONE_TO_ONE_COMPANIONSHIP, ServiceType.PSYCHOLOGICAL_COUNSELLING)),
                NeedsGroup.ACADEMIC_DIFFICULTY, new GroupRule(List.of(), List.of(Indicator.E1, Indicator.E5), 2,
                        List.of(ServiceType.PERSONALISED_TUTORING_PLAN))),
                groups);
    }

    @Test
    void aConfiguredTierBoundaryChangesTheTierOfAChild() {
        // given TEEN widened to 17
        NeedsRules rules = new NeedsRules(
                Map.of(AgeTier.PRIMARY, PRIMARY, AgeTier.TEEN, new TierRule(13, 17, TEEN.services())), GROUPS);
        NeedsProfilePolicy policy = new NeedsProfilePolicy(rules);

        // when
        NeedsProfile profile = policy.profile(LocalDate.of(2008, 9, 1), LocalDate.of(2025, 9, 1), Map.of());

        // then
        assertEquals(AgeTier.TEEN, profile.ageTier());
    }

    @Test
    void aConfiguredGroupThresholdChangesWhoBelongs() {
        // given poor household from a material level of 1
        Map<NeedsGroup, GroupRule> groups = new EnumMap<>(GROUPS);
        groups.put(NeedsGroup.POOR_HOUSEHOLD, new GroupRule(List.of(Category.MATERIAL), List.of(), 1,
                List.of(ServiceType.MATERIAL_AID)));
        NeedsProfilePolicy policy = new NeedsProfilePolicy(
                new NeedsRules(Map.of(AgeTier.PRIMARY, PRIMARY, AgeTier.TEEN, TEEN), groups));

        // when
        NeedsProfile profile = policy.profile(LocalDate.of(2015, 3, 10), LocalDate.of(2025, 9, 1),
                Map.of(Indicator.M3, 1));

        // then
        assertEquals(List.of(NeedsGroup.POOR_HOUSEHOLD), profile.groups());
    }

    @Test
    void overlappingTiersAreRefused() {
        // given
        TierRule teenFromTwelve = new TierRule(12, 16, TEEN.services());

        // when / then
        assertThrows(IllegalArgumentException.class,
                () -> new NeedsRules(Map.of(AgeTier.PRIMARY, PRIMARY, AgeTier.TEEN, teenFromTwelve), GROUPS));
    }

    @Test
    void theNoTierCannotBeGivenAges() {
        // given
        Map<AgeTier, TierRule> tiers = Map.of(AgeTier.PRIMARY, PRIMARY, AgeTier.TEEN, TEEN,
                AgeTier.NONE, new TierRule(0, 5, List.of()));

        // when / then
        assertThrows(IllegalArgumentException.class, () -> new NeedsRules(tiers, GROUPS));
    }

    @Test
    void aTierLeftOutIsRefused() {
        // given
        Map<AgeTier, TierRule> tiers = Map.of(AgeTier.PRIMARY, PRIMARY);

        // when / then
        assertThrows(IllegalArgumentException.class, () -> new NeedsRules(tiers, GROUPS));
    }

    @Test
    void aGroupLeftOutIsRefused() {
        // given
        Map<NeedsGroup, GroupRule> groups = Map.of(NeedsGroup.POOR_HOUSEHOLD, GROUPS.get(NeedsGroup.POOR_HOUSEHOLD));

        // when / then
        assertThrows(IllegalArgumentException.class,
                () -> new NeedsRules(Map.of(AgeTier.PRIMARY, PRIMARY, AgeTier.TEEN, TEEN), groups));
    }

    @Test
    void aTierEndingBeforeItStartsIsRefused() {
        // when / then
        assertThrows(IllegalArgumentException.class, () -> new TierRule(13, 12, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new TierRule(-1, 5, List.of()));
    }

    @Test
    void aGroupThresholdOutsideOneToThreeIsRefused() {
        // given
        List<Category> material = List.of(Category.MATERIAL);

        // when / then
        assertThrows(IllegalArgumentException.class, () -> new GroupRule(material, List.of(), 0, List.of()));
        assertThrows(IllegalArgumentException.class, () -> new GroupRule(material, List.of(), 4, List.of()));
    }

    @Test
    void aGroupWithNothingToMeasureIsRefused() {
        // when / then
        assertThrows(IllegalArgumentException.class, () -> new GroupRule(List.of(), List.of(), 2, List.of()));
    }
}
