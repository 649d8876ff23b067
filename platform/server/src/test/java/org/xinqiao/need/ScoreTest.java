package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.FieldError;

class ScoreTest {

    @Test
    void scoresFromNoNeedToUrgentAreValid() {
        // given the scale of RULES.md §2, 0 (no need) … 3 (urgent)

        // when / then
        assertTrue(Score.isValid(0));
        assertTrue(Score.isValid(1));
        assertTrue(Score.isValid(2));
        assertTrue(Score.isValid(3));
        assertFalse(Score.isValid(-1));
        assertFalse(Score.isValid(4));
    }

    @Test
    void theWireFormIsReadIntoScoresByIndicator() {
        // given
        Map<String, Integer> wire = Map.of("M1", 0, "E5", 3, "P2", 2, "S4", 1);

        // when
        Map<Indicator, Integer> scores = Score.parse(wire);

        // then
        assertEquals(Map.of(Indicator.M1, 0, Indicator.E5, 3, Indicator.P2, 2, Indicator.S4, 1), scores);
    }

    @Test
    void indicatorsLeftOutOfTheFormAreNotRecorded() {
        // given
        Map<String, Integer> wire = Map.of();

        // when
        Map<Indicator, Integer> scores = Score.parse(wire);

        // then
        assertTrue(scores.isEmpty());
    }

    @Test
    void aScoreOfMinusOneIsRejectedNamingTheField() {
        // given
        Map<String, Integer> wire = Map.of("M1", -1);

        // when
        DomainException rejection = assertThrows(DomainException.class, () -> Score.parse(wire));

        // then
        assertEquals(ErrorCode.VALIDATION_FAILED, rejection.code());
        assertEquals(List.of("scores.M1"), fields(rejection));
    }

    @Test
    void aScoreOfFourIsRejectedNamingTheField() {
        // given
        Map<String, Integer> wire = Map.of("S5", 4);

        // when
        DomainException rejection = assertThrows(DomainException.class, () -> Score.parse(wire));

        // then
        assertEquals(ErrorCode.VALIDATION_FAILED, rejection.code());
        assertEquals(List.of("scores.S5"), fields(rejection));
    }

    @Test
    void anUnknownIndicatorCodeIsRejectedNamingTheField() {
        // given
        Map<String, Integer> wire = Map.of("X9", 1);

        // when
        DomainException rejection = assertThrows(DomainException.class, () -> Score.parse(wire));

        // then
        assertEquals(ErrorCode.VALIDATION_FAILED, rejection.code());
        assertEquals(List.of("scores.X9"), fields(rejection));
    }

    @Test
    void aMissingScoreIsRejectedNamingTheField() {
        // given
        Map<String, Integer> wire = new HashMap<>();
        wire.put("E2", null);

        // when
        DomainException rejection = assertThrows(DomainException.class, () -> Score.parse(wire));

        // then
        assertEquals(List.of(new FieldError("scores.E2", "is required")), rejection.errors());
    }

    @Test
    void everyOffendingFieldIsReportedAtOnce() {
        // given
        Map<String, Integer> wire = Map.of("M1", 2, "E1", 4, "m2", 1, "P5", -1);

        // when
        DomainException rejection = assertThrows(DomainException.class, () -> Score.parse(wire));

        // then
        assertEquals(List.of("scores.E1", "scores.P5", "scores.m2"), fields(rejection));
    }

    @Test
    void scoresAlreadyKeyedByIndicatorAreCheckedToo() {
        // given
        Map<Indicator, Integer> scores = new EnumMap<>(Map.of(Indicator.M3, 4, Indicator.E4, 3));

        // when
        DomainException rejection = assertThrows(DomainException.class, () -> Score.requireValid(scores));

        // then
        assertEquals(List.of("scores.M3"), fields(rejection));
    }

    private static List<String> fields(DomainException rejection) {
        return rejection.errors().stream().map(FieldError::field).toList();
    }
}
