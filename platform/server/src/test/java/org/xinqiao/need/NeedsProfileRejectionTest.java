package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.FieldError;

/** What the policy refuses to profile. */
class NeedsProfileRejectionTest {

    private static final LocalDate BIRTH_DATE = LocalDate.of(2015, 3, 10);
    private static final LocalDate SERVICE_DATE = LocalDate.of(2025, 9, 1);

    private final NeedsProfilePolicy policy = new NeedsProfilePolicy(NeedsRules.defaults());

    @Test
    void aScoreOfMinusOneIsRejected() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.M1, -1);

        // when
        DomainException rejection = assertThrows(DomainException.class,
                () -> policy.profile(BIRTH_DATE, SERVICE_DATE, scores));

        // then
        assertEquals(ErrorCode.VALIDATION_FAILED, rejection.code());
        assertEquals(List.of("scores.M1"), rejection.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aScoreOfFourIsRejected() {
        // given
        Map<Indicator, Integer> scores = Map.of(Indicator.P4, 4, Indicator.P5, 3);

        // when
        DomainException rejection = assertThrows(DomainException.class,
                () -> policy.profile(BIRTH_DATE, SERVICE_DATE, scores));

        // then
        assertEquals(ErrorCode.VALIDATION_FAILED, rejection.code());
        assertEquals(List.of("scores.P4"), rejection.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aServiceDateBeforeTheChildWasBornIsRejected() {
        // given
        LocalDate serviceDate = BIRTH_DATE.minusDays(1);

        // when
        DomainException rejection = assertThrows(DomainException.class,
                () -> policy.profile(BIRTH_DATE, serviceDate, Map.of()));

        // then
        assertEquals(ErrorCode.VALIDATION_FAILED, rejection.code());
        assertEquals(List.of("serviceDate"), rejection.errors().stream().map(FieldError::field).toList());
    }
}
