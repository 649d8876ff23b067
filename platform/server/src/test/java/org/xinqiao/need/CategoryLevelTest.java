package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RULES.md §2: a category's level is the highest score among its indicators. */
class CategoryLevelTest {

    private static final LocalDate BIRTH_DATE = LocalDate.of(2015, 3, 10);
    private static final LocalDate SERVICE_DATE = LocalDate.of(2025, 9, 1);

    private final NeedsProfilePolicy policy = new NeedsProfilePolicy(NeedsRules.defaults());

    @Test
    void aCategoryLevelIsTheHighestScoreOfItsIndicators() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.M1, 1, Indicator.M2, 3, Indicator.M3, 0,
                Indicator.E2, 1, Indicator.E4, 2, Indicator.P5, 1, Indicator.S1, 0, Indicator.S3, 2);

        // when
        Map<Category, Integer> levels = policy.profile(BIRTH_DATE, SERVICE_DATE, scores).categoryLevels();

        // then
        assertEquals(Map.of(Category.MATERIAL, 3, Category.EDUCATION, 2, Category.PSYCHOLOGICAL, 1, Category.SAFETY, 2),
                levels);
    }

    @Test
    void aCategoryWithNoScoresRecordedIsAtLevelZero() {
        // given only safety was scored
        Map<Indicator, Integer> scores = Map.of(Indicator.S2, 3);

        // when
        Map<Category, Integer> levels = policy.profile(BIRTH_DATE, SERVICE_DATE, scores).categoryLevels();

        // then
        assertEquals(Map.of(Category.MATERIAL, 0, Category.EDUCATION, 0, Category.PSYCHOLOGICAL, 0, Category.SAFETY, 3),
                levels);
    }

    @Test
    void theLevelsAreListedInCategoryOrder() {
        // given
        Map<Indicator, Integer> scores = Map.of();

        // when
        Map<Category, Integer> levels = policy.profile(BIRTH_DATE, SERVICE_DATE, scores).categoryLevels();

        // then
        assertEquals(List.of(Category.MATERIAL, Category.EDUCATION, Category.PSYCHOLOGICAL, Category.SAFETY),
                List.copyOf(levels.keySet()));
    }
}
