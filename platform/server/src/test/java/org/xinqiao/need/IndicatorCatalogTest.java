package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IndicatorCatalogTest {

    @Test
    void theCatalogHasExactlyTwentyIndicators() {
        // given the census of RULES.md §2

        // when
        int count = Indicator.values().length;

        // then
        assertEquals(20, count);
    }

    @Test
    void everyCategoryHasFiveIndicatorsInCodeOrder() {
        // given the four categories

        // when / then
        assertEquals(List.of(Indicator.M1, Indicator.M2, Indicator.M3, Indicator.M4, Indicator.M5),
                Indicator.of(Category.MATERIAL));
        assertEquals(List.of(Indicator.E1, Indicator.E2, Indicator.E3, Indicator.E4, Indicator.E5),
                Indicator.of(Category.EDUCATION));
        assertEquals(List.of(Indicator.P1, Indicator.P2, Indicator.P3, Indicator.P4, Indicator.P5),
                Indicator.of(Category.PSYCHOLOGICAL));
        assertEquals(List.of(Indicator.S1, Indicator.S2, Indicator.S3, Indicator.S4, Indicator.S5),
                Indicator.of(Category.SAFETY));
    }

    @Test
    void theCategoriesAreMaterialEducationPsychologicalAndSafetyWithTheirChineseNames() {
        // given the table of RULES.md §2

        // when
        Map<Category, String> labels = Arrays.stream(Category.values())
                .collect(Collectors.toMap(c -> c, Category::chineseLabel, (a, b) -> a, LinkedHashMap::new));

        // then
        assertEquals(Map.of(Category.MATERIAL, "物质", Category.EDUCATION, "教育",
                Category.PSYCHOLOGICAL, "心理", Category.SAFETY, "安全"), labels);
        assertEquals(List.of(Category.MATERIAL, Category.EDUCATION, Category.PSYCHOLOGICAL, Category.SAFETY),
                List.copyOf(labels.keySet()));
    }

    @Test
    void theEnglishLabelsAreThoseOfTheRules() {
        // given the table of RULES.md §2
        Map<Indicator, String> expected = new LinkedHashMap<>();
        expected.put(Indicator.M1, "diet and nutrition");
        expected.put(Indicator.M2, "clothing and bedding");
        expected.put(Indicator.M3, "school supplies");
        expected.put(Indicator.M4, "housing conditions");
        expected.put(Indicator.M5, "medical care");
        expected.put(Indicator.E1, "academic performance");
        expected.put(Indicator.E2, "homework support at home");
        expected.put(Indicator.E3, "books and reading");
        expected.put(Indicator.E4, "digital access for learning");
        expected.put(Indicator.E5, "attendance / drop-out risk");
        expected.put(Indicator.P1, "loneliness");
        expected.put(Indicator.P2, "mood and emotional stability");
        expected.put(Indicator.P3, "contact with parents");
        expected.put(Indicator.P4, "peer relationships");
        expected.put(Indicator.P5, "self-esteem");
        expected.put(Indicator.S1, "home and guardianship safety");
        expected.put(Indicator.S2, "traffic safety");
        expected.put(Indicator.S3, "drowning risk");
        expected.put(Indicator.S4, "online safety");
        expected.put(Indicator.S5, "bullying and abuse");

        // when
        Map<Indicator, String> actual = Arrays.stream(Indicator.values())
                .collect(Collectors.toMap(i -> i, Indicator::englishLabel, (a, b) -> a, LinkedHashMap::new));

        // then
        assertEquals(expected, actual);
    }

    @Test
    void everyIndicatorHasItsOwnChineseLabel() {
        // given the catalog

        // when
        var labels = Arrays.stream(Indicator.values()).map(Indicator::chineseLabel).toList();

        // then
        assertTrue(labels.stream().noneMatch(String::isBlank));
        assertEquals(20, labels.stream().distinct().count());
        assertEquals("饮食与营养", Indicator.M1.chineseLabel());
    }

    @Test
    void anIndicatorIsFoundByItsExactCode() {
        // given the code used on the wire
        String code = "P3";

        // when
        Optional<Indicator> indicator = Indicator.fromCode(code);

        // then
        assertEquals(Optional.of(Indicator.P3), indicator);
    }

    @Test
    void aLowerCaseOrUnknownCodeIsNoIndicator() {
        // given codes that are not in the catalog

        // when / then
        assertFalse(Indicator.fromCode("p3").isPresent());
        assertFalse(Indicator.fromCode("M6").isPresent());
        assertFalse(Indicator.fromCode("").isPresent());
    }
}
