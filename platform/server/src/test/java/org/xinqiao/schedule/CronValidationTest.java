package org.xinqiao.schedule;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The reasons an administrator reads when a cron cannot be saved. */
class CronValidationTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NEW_YEAR_2027 = Instant.parse("2027-01-01T00:00:00+08:00");

    private final CronPolicy policy = new CronPolicy();

    @Test
    void aDefaultScheduleIsAccepted() {
        assertDoesNotThrow(() -> policy.validate("0 0 18 L * ?", SHANGHAI, NEW_YEAR_2027));
    }

    @Test
    void aLetterInTheHourFieldIsReportedWithItsPosition() {
        String reason = reasonFor("0 0 X * * ?");

        assertEquals("Unexpected character 'X' at position 5 in the hour field", reason);
    }

    @Test
    void anHourOutOfRangeIsReportedWithQuartzsMessageAndTheField() {
        String reason = reasonFor("0 0 25 * * ?");

        assertEquals("Hour values must be between 0 and 23 (the hour field '25' at position 5)", reason);
    }

    @Test
    void aMisspeltDayNameIsReportedWithoutQuartzsInternalError() {
        String reason = reasonFor("0 0 9 ? * MO");

        assertEquals("Unrecognised value (the day-of-week field 'MO' at position 11)", reason);
    }

    @Test
    void anUnknownDayNameIsReportedWithTheField() {
        String reason = reasonFor("0 0 9 ? * MOM#1");

        assertEquals("Invalid Day-of-Week value: 'MOM' (the day-of-week field 'MOM#1' at position 11)", reason);
    }

    @Test
    void aSixthMondayIsRefused() {
        String reason = reasonFor("0 0 9 ? * MON#6");

        assertEquals("A numeric value between 1 and 5 must follow the '#' option"
                + " (the day-of-week field 'MON#6' at position 11)", reason);
    }

    @Test
    void aMissingFieldIsReportedAsAFieldCount() {
        String reason = reasonFor("0 0 9 * *");

        assertEquals("Expected 6 or 7 fields (second minute hour day-of-month month day-of-week [year])"
                + " but found 5", reason);
    }

    @Test
    void bothADayOfMonthAndADayOfWeekAreRefused() {
        String reason = reasonFor("0 0 9 1 * MON");

        assertEquals("Support for specifying both a day-of-week AND a day-of-month parameter is not implemented",
                reason);
    }

    @Test
    void textAfterAQuestionMarkIsRefusedThoughQuartzWouldIgnoreIt() {
        String reason = reasonFor("0 0 18 L * ?x");

        assertEquals("'?' must stand alone in the day-of-week field '?x' at position 12", reason);
    }

    @Test
    void anIncrementOfZeroIsRefusedThoughQuartzWouldFireHourly() {
        String reason = reasonFor("0 0/0 * * * ?");

        assertEquals("An increment of 0 at position 4 in the minute field never advances", reason);
    }

    @Test
    void anEmptyCronIsRefused() {
        assertEquals("The cron expression is empty", reasonFor("  "));
    }

    @Test
    void theThirtiethOfFebruaryNeverFires() {
        String reason = reasonFor("0 0 0 30 2 ?");

        assertEquals("'0 0 0 30 2 ?' never fires after 2027-01-01T00:00+08:00", reason);
    }

    @Test
    void aYearInThePastNeverFires() {
        String reason = reasonFor("0 0 0 1 1 ? 2020");

        assertEquals("'0 0 0 1 1 ? 2020' never fires after 2027-01-01T00:00+08:00", reason);
    }

    @Test
    void aScheduleWhoseLastFiringHasPassedNeverFires() {
        Instant afterNoon = Instant.parse("2027-01-01T12:00:00+08:00");

        InvalidCronException refused = assertThrows(InvalidCronException.class,
                () -> policy.validate("0 0 9 1 1 ? 2027", SHANGHAI, afterNoon));

        assertEquals("'0 0 9 1 1 ? 2027' never fires after 2027-01-01T12:00+08:00", refused.reason());
    }

    private String reasonFor(String cron) {
        return assertThrows(InvalidCronException.class, () -> policy.validate(cron, SHANGHAI, NEW_YEAR_2027))
                .reason();
    }
}
