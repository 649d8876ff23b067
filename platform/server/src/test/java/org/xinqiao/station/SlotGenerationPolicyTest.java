package org.xinqiao.station;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinqiao.provider.WeeklyWindow;

class SlotGenerationPolicyTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private final SlotGenerationPolicy policy = new SlotGenerationPolicy();

    private static WeeklyWindow window(DayOfWeek day, String from, String to) {
        return new WeeklyWindow(day, java.time.LocalTime.parse(from), java.time.LocalTime.parse(to));
    }

    @Test
    void openingHoursAreCutIntoHourSlotsAndAShortRemainderIsLeftUnused() {
        List<SlotGenerationPolicy.Candidate> slots = policy.slots(MONDAY, MONDAY, List.of(window(DayOfWeek.MONDAY, "14:00", "16:30")),
                List.of(), false, Duration.ofHours(1), day -> true);

        assertEquals(List.of(new SlotGenerationPolicy.Candidate(MONDAY.atTime(14, 0), MONDAY.atTime(15, 0)),
                new SlotGenerationPolicy.Candidate(MONDAY.atTime(15, 0), MONDAY.atTime(16, 0))), slots);
    }

    @Test
    void aProvidersSlotsLieWhereTheStationIsOpenAndTheProviderIsFree() {
        List<SlotGenerationPolicy.Candidate> slots = policy.slots(MONDAY, MONDAY, List.of(window(DayOfWeek.MONDAY, "08:00", "12:00")),
                List.of(window(DayOfWeek.MONDAY, "10:00", "18:00")), true, Duration.ofHours(1), day -> true);

        assertEquals(List.of(MONDAY.atTime(10, 0), MONDAY.atTime(11, 0)), slots.stream().map(SlotGenerationPolicy.Candidate::start).toList());
    }

    @Test
    void overlappingOpeningEntriesAreMergedSoNoTwoSlotsOverlap() {
        List<SlotGenerationPolicy.Candidate> slots = policy.slots(MONDAY, MONDAY,
                List.of(window(DayOfWeek.MONDAY, "08:00", "10:00"), window(DayOfWeek.MONDAY, "09:00", "11:00")),
                List.of(), false, Duration.ofHours(1), day -> true);

        assertEquals(List.of(MONDAY.atTime(8, 0), MONDAY.atTime(9, 0), MONDAY.atTime(10, 0)),
                slots.stream().map(SlotGenerationPolicy.Candidate::start).toList());
    }

    @Test
    void daysTheProviderMayNotDeliverAndClosedDaysGetNoSlots() {
        LocalDate wednesday = MONDAY.plusDays(2);
        List<SlotGenerationPolicy.Candidate> slots = policy.slots(MONDAY, wednesday,
                List.of(window(DayOfWeek.MONDAY, "08:00", "09:00"), window(DayOfWeek.WEDNESDAY, "08:00", "09:00")),
                List.of(), false, Duration.ofHours(1), day -> !day.equals(MONDAY));

        assertEquals(List.of(LocalDateTime.of(wednesday, java.time.LocalTime.of(8, 0))),
                slots.stream().map(SlotGenerationPolicy.Candidate::start).toList());
    }
}
