package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

/** RULES.md §2: rounds open on 1 March and 1 September; a round locks the configured days after its period. */
class CensusCalendarTest {

    private final CensusCalendar calendar = new CensusCalendar(MonthDay.of(3, 1), MonthDay.of(9, 1), 30);

    @Test
    void theSecondHalfYearRunsToTheLastDayOfFebruaryOfTheNextYear() {
        // when
        CensusCalendar.Period h2 = calendar.halfYear("2027-H2");

        // then
        assertEquals(LocalDate.of(2027, 9, 1), h2.start());
        assertEquals(LocalDate.of(2028, 2, 29), h2.end());
        assertEquals(LocalDate.of(2028, 3, 30), h2.locksAfter());
    }

    @Test
    void inACommonYearTheSecondHalfEndsOnTwentyEighthFebruary() {
        // when
        CensusCalendar.Period h2 = calendar.halfYear("2026-H2");

        // then
        assertEquals(LocalDate.of(2027, 2, 28), h2.end());
    }

    @Test
    void theDayARoundOpensBelongsToItsPeriodAndTheDayBeforeToThePreviousOne() {
        // then
        assertEquals("2027-H1", calendar.periodOn(LocalDate.of(2027, 3, 1)));
        assertEquals("2026-H2", calendar.periodOn(LocalDate.of(2027, 2, 28)));
        assertEquals("2027-H2", calendar.periodOn(LocalDate.of(2027, 9, 1)));
        assertEquals("2027-H1", calendar.periodOn(LocalDate.of(2027, 8, 31)));
        assertEquals("2027-H2", calendar.periodOn(LocalDate.of(2027, 12, 31)));
    }

    @Test
    void explicitDatesNameTheRoundByThem() {
        // when
        CensusCalendar.Period extra = calendar.between(LocalDate.of(2027, 5, 1), LocalDate.of(2027, 5, 31));

        // then
        assertEquals("2027-05-01/2027-05-31", extra.name());
        assertEquals(LocalDate.of(2027, 6, 30), extra.locksAfter());
    }

    @Test
    void aPeriodThatIsNoHalfYearIsRefusedOnThePeriodField() {
        for (String wrong : new String[] {"2027-H3", "2027H1", "27-H1", "", "2027-h1"}) {
            DomainException e = assertThrows(DomainException.class, () -> calendar.halfYear(wrong), wrong);
            assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
            assertEquals("period", e.errors().get(0).field());
        }
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        DomainException e = assertThrows(DomainException.class,
                () -> calendar.between(LocalDate.of(2027, 5, 2), LocalDate.of(2027, 5, 1)));

        assertEquals("endDate", e.errors().get(0).field());
    }

    @Test
    void halfYearsStartingInTheWrongOrderAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CensusCalendar(MonthDay.of(9, 1), MonthDay.of(3, 1), 30));
        assertThrows(IllegalArgumentException.class, () -> new CensusCalendar(MonthDay.of(3, 1), MonthDay.of(9, 1), -1));
    }
}
