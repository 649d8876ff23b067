package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The group thresholds of RULES.md §2, each pinned just below (1) and at (2) its threshold. */
class NeedsGroupTest {

    private static final LocalDate BIRTH_DATE = LocalDate.of(2015, 3, 10);
    private static final LocalDate SERVICE_DATE = LocalDate.of(2025, 9, 1);

    private final NeedsProfilePolicy policy = new NeedsProfilePolicy(NeedsRules.defaults());

    @Test
    void aChildWithNoScoresBelongsToNoGroup() {
        // given
        Map<Indicator, Integer> scores = Map.of();

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(), groups);
    }

    @Test
    void aMaterialLevelOfOneIsNotAPoorHousehold() {
        // given every material indicator at 1
        Map<Indicator, Integer> scores = allOf(Category.MATERIAL, 1);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(), groups);
    }

    @Test
    void aMaterialLevelOfTwoMakesAPoorHousehold() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.M4, 2);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(NeedsGroup.POOR_HOUSEHOLD), groups);
    }

    @Test
    void aPsychologicalLevelOfOneIsNotAnEmotionalDeficit() {
        // given every psychological indicator at 1
        Map<Indicator, Integer> scores = allOf(Category.PSYCHOLOGICAL, 1);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(), groups);
    }

    @Test
    void aPsychologicalLevelOfTwoIsAnEmotionalDeficit() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.P3, 2);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(NeedsGroup.EMOTIONAL_DEFICIT), groups);
    }

    @Test
    void anAcademicPerformanceScoreOfOneIsNoAcademicDifficulty() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.E1, 1);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(), groups);
    }

    @Test
    void anAcademicPerformanceScoreOfTwoIsAnAcademicDifficulty() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.E1, 2);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(NeedsGroup.ACADEMIC_DIFFICULTY), groups);
    }

    @Test
    void anAttendanceScoreOfOneIsNoAcademicDifficulty() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.E5, 1);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(), groups);
    }

    @Test
    void anAttendanceScoreOfTwoIsAnAcademicDifficulty() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.E5, 2);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(NeedsGroup.ACADEMIC_DIFFICULTY), groups);
    }

    @Test
    void urgentHomeworkBooksOrDigitalNeedsAloneAreNoAcademicDifficulty() {
        // given the other education indicators at their highest
        Map<Indicator, Integer> scores = Map.of(Indicator.E2, 3, Indicator.E3, 3, Indicator.E4, 3);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(), groups);
    }

    @Test
    void anUrgentSafetyNeedJoinsNoGroup() {
        // given
        Map<Indicator, Integer> scores = allOf(Category.SAFETY, 3);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(), groups);
    }

    @Test
    void aChildCanBelongToEveryGroupAtOnceListedInGroupOrder() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.E5, 3, Indicator.P1, 2, Indicator.M1, 3);

        // when
        List<NeedsGroup> groups = groupsOf(scores);

        // then
        assertEquals(List.of(NeedsGroup.POOR_HOUSEHOLD, NeedsGroup.EMOTIONAL_DEFICIT, NeedsGroup.ACADEMIC_DIFFICULTY),
                groups);
    }

    private List<NeedsGroup> groupsOf(Map<Indicator, Integer> scores) {
        return policy.profile(BIRTH_DATE, SERVICE_DATE, scores).groups();
    }

    private static Map<Indicator, Integer> allOf(Category category, int score) {
        Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
        Indicator.of(category).forEach(indicator -> scores.put(indicator, score));
        return scores;
    }
}
