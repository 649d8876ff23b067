package org.xinqiao.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Pins the fire times of every default schedule of RULES §6, worked out from the calendar. From
 * 2027-01-01 00:00 in Shanghai, a Friday; 2028 is a leap year.
 */
class DefaultSchedulePreviewTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NEW_YEAR_2027 = Instant.parse("2027-01-01T00:00:00+08:00");

    private final CronPolicy policy = new CronPolicy();

    @Test
    void theLedgerReportFallsOnTheLastDayOfEveryMonthIncludingShortOnesAndTheLeapDay() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0 18 L * ?", SHANGHAI, NEW_YEAR_2027, 14);

        assertEquals(times(
                "2027-01-31T18:00+08:00[Asia/Shanghai]",
                "2027-02-28T18:00+08:00[Asia/Shanghai]",
                "2027-03-31T18:00+08:00[Asia/Shanghai]",
                "2027-04-30T18:00+08:00[Asia/Shanghai]",
                "2027-05-31T18:00+08:00[Asia/Shanghai]",
                "2027-06-30T18:00+08:00[Asia/Shanghai]",
                "2027-07-31T18:00+08:00[Asia/Shanghai]",
                "2027-08-31T18:00+08:00[Asia/Shanghai]",
                "2027-09-30T18:00+08:00[Asia/Shanghai]",
                "2027-10-31T18:00+08:00[Asia/Shanghai]",
                "2027-11-30T18:00+08:00[Asia/Shanghai]",
                "2027-12-31T18:00+08:00[Asia/Shanghai]",
                "2028-01-31T18:00+08:00[Asia/Shanghai]",
                "2028-02-29T18:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void theJointMeetingIsOnTheFirstMondayOfEachMonth() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0 9 ? * MON#1", SHANGHAI, NEW_YEAR_2027, 4);

        assertEquals(times(
                "2027-01-04T09:00+08:00[Asia/Shanghai]",
                "2027-02-01T09:00+08:00[Asia/Shanghai]",
                "2027-03-01T09:00+08:00[Asia/Shanghai]",
                "2027-04-05T09:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void careTrainingIsOnTheFirstSaturdayOfJanuaryAprilJulyAndOctoberOnly() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0 14 ? 1,4,7,10 SAT#1", SHANGHAI, NEW_YEAR_2027, 5);

        assertEquals(times(
                "2027-01-02T14:00+08:00[Asia/Shanghai]",
                "2027-04-03T14:00+08:00[Asia/Shanghai]",
                "2027-07-03T14:00+08:00[Asia/Shanghai]",
                "2027-10-02T14:00+08:00[Asia/Shanghai]",
                "2028-01-01T14:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void schoolLecturesAreOnTuesdayAndThursdayEveningsAtHalfPastSeven() {
        List<ZonedDateTime> fireTimes = policy.preview("0 30 19 ? * TUE,THU", SHANGHAI, NEW_YEAR_2027, 4);

        assertEquals(times(
                "2027-01-05T19:30+08:00[Asia/Shanghai]",
                "2027-01-07T19:30+08:00[Asia/Shanghai]",
                "2027-01-12T19:30+08:00[Asia/Shanghai]",
                "2027-01-14T19:30+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void theQuarterlyPublicationIsOnTheFirstDayOfEachQuarterAtNine() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0 9 1 1,4,7,10 ?", SHANGHAI, NEW_YEAR_2027, 5);

        assertEquals(times(
                "2027-01-01T09:00+08:00[Asia/Shanghai]",
                "2027-04-01T09:00+08:00[Asia/Shanghai]",
                "2027-07-01T09:00+08:00[Asia/Shanghai]",
                "2027-10-01T09:00+08:00[Asia/Shanghai]",
                "2028-01-01T09:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void theNeedsCensusOpensOnTheFirstOfMarchAndOfSeptemberAtEight() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0 8 1 3,9 ?", SHANGHAI, NEW_YEAR_2027, 4);

        assertEquals(times(
                "2027-03-01T08:00+08:00[Asia/Shanghai]",
                "2027-09-01T08:00+08:00[Asia/Shanghai]",
                "2028-03-01T08:00+08:00[Asia/Shanghai]",
                "2028-09-01T08:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void ecommerceTrainingIsOnTheSecondSaturdayOfEachMonth() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0 14 ? * SAT#2", SHANGHAI, NEW_YEAR_2027, 6);

        assertEquals(times(
                "2027-01-09T14:00+08:00[Asia/Shanghai]",
                "2027-02-13T14:00+08:00[Asia/Shanghai]",
                "2027-03-13T14:00+08:00[Asia/Shanghai]",
                "2027-04-10T14:00+08:00[Asia/Shanghai]",
                "2027-05-08T14:00+08:00[Asia/Shanghai]",
                "2027-06-12T14:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void careerDayIsOnTheThirdSaturdayOfAprilAndOfNovember() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0 9 ? 4,11 SAT#3", SHANGHAI, NEW_YEAR_2027, 4);

        assertEquals(times(
                "2027-04-17T09:00+08:00[Asia/Shanghai]",
                "2027-11-20T09:00+08:00[Asia/Shanghai]",
                "2028-04-15T09:00+08:00[Asia/Shanghai]",
                "2028-11-18T09:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void theAnnualCloseIsOnTheFifthOfJanuaryAtTen() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0 10 5 1 ?", SHANGHAI, NEW_YEAR_2027, 3);

        assertEquals(times(
                "2027-01-05T10:00+08:00[Asia/Shanghai]",
                "2028-01-05T10:00+08:00[Asia/Shanghai]",
                "2029-01-05T10:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void salesSyncRunsEveryQuarterOfAnHourAfterTheStartingInstant() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0/15 * * * ?", SHANGHAI, NEW_YEAR_2027, 4);

        assertEquals(times(
                "2027-01-01T00:15+08:00[Asia/Shanghai]",
                "2027-01-01T00:30+08:00[Asia/Shanghai]",
                "2027-01-01T00:45+08:00[Asia/Shanghai]",
                "2027-01-01T01:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    @Test
    void appointmentRemindersGoOutAtEightEveryEvening() {
        List<ZonedDateTime> fireTimes = policy.preview("0 0 20 * * ?", SHANGHAI, NEW_YEAR_2027, 3);

        assertEquals(times(
                "2027-01-01T20:00+08:00[Asia/Shanghai]",
                "2027-01-02T20:00+08:00[Asia/Shanghai]",
                "2027-01-03T20:00+08:00[Asia/Shanghai]"), fireTimes);
    }

    private static List<ZonedDateTime> times(String... isoZoned) {
        return Stream.of(isoZoned).map(ZonedDateTime::parse).toList();
    }
}
