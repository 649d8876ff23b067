package org.xinqiao.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuarterTest {

    @Test
    void aQuarterIsWrittenAndReadAsYearDashQNumber() {
        Quarter quarter = Quarter.parse("2027-Q1");

        assertEquals(new Quarter(2027, 1), quarter);
        assertEquals("2027-Q1", quarter.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-Q5", "2027-Q0", "2027Q1", "27-Q1", "2027-q1", ""})
    void anythingElseIsNotAQuarter(String text) {
        assertThrows(IllegalArgumentException.class, () -> Quarter.parse(text));
    }

    @ParameterizedTest(name = "{0} is in {1}")
    @CsvSource({
            "2027-01-01, 2027-Q1",
            "2027-03-31, 2027-Q1",
            "2027-04-01, 2027-Q2",
            "2027-09-30, 2027-Q3",
            "2027-10-01, 2027-Q4",
            "2027-12-31, 2027-Q4",
    })
    void aDayBelongsToTheQuarterOfItsMonth(LocalDate day, String quarter) {
        assertEquals(Quarter.parse(quarter), Quarter.of(day));
        assertTrue(Quarter.parse(quarter).contains(day));
    }

    @Test
    void theDaysJustOutsideAQuarterAreNotInIt() {
        Quarter first = Quarter.parse("2027-Q1");

        assertFalse(first.contains(LocalDate.parse("2026-12-31")));
        assertFalse(first.contains(LocalDate.parse("2027-04-01")));
        assertFalse(first.contains(LocalDate.parse("2028-02-01")));
    }

    @ParameterizedTest(name = "before {0} comes {1}")
    @CsvSource({"2027-Q1, 2026-Q4", "2027-Q2, 2027-Q1", "2027-Q4, 2027-Q3"})
    void thePreviousQuarterCrossesTheYearAfterTheFirst(String quarter, String previous) {
        assertEquals(Quarter.parse(previous), Quarter.parse(quarter).previous());
    }

    @Test
    void quartersOrderByYearThenNumber() {
        assertTrue(Quarter.parse("2026-Q4").compareTo(Quarter.parse("2027-Q1")) < 0);
        assertTrue(Quarter.parse("2027-Q3").compareTo(Quarter.parse("2027-Q2")) > 0);
    }
}
