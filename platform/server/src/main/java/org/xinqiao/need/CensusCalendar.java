package org.xinqiao.need;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xinqiao.common.DomainException;

/**
 * The census periods of RULES.md §2: two rounds a year, by default opening on 1 March (H1) and 1 September (H2);
 * each half-year runs until the day before the next one opens, so H2 of 2027 ends on the last day of February
 * 2028. A round takes records until {@code lockAfterDays} after its period ends. Plain rules, no storage.
 */
final class CensusCalendar {

    private static final Pattern HALF_YEAR = Pattern.compile("(\\d{4})-H([12])");

    /** A round's dates: the period as named, its first and last day, and the last day it takes records. */
    record Period(String name, LocalDate start, LocalDate end, LocalDate locksAfter) {
    }

    private final MonthDay firstHalfStarts;
    private final MonthDay secondHalfStarts;
    private final int lockAfterDays;

    CensusCalendar(MonthDay firstHalfStarts, MonthDay secondHalfStarts, int lockAfterDays) {
        this.firstHalfStarts = Objects.requireNonNull(firstHalfStarts, "firstHalfStarts");
        this.secondHalfStarts = Objects.requireNonNull(secondHalfStarts, "secondHalfStarts");
        if (!firstHalfStarts.isBefore(secondHalfStarts)) {
            throw new IllegalArgumentException("the first half-year must start before the second: " + firstHalfStarts
                    + " / " + secondHalfStarts);
        }
        if (lockAfterDays < 0) {
            throw new IllegalArgumentException("lockAfterDays must not be negative, was " + lockAfterDays);
        }
        this.lockAfterDays = lockAfterDays;
    }

    /**
     * The half-year named {@code yyyy-H1} or {@code yyyy-H2}.
     *
     * @throws DomainException {@code VALIDATION_FAILED} on field {@code period} for any other form
     */
    Period halfYear(String name) {
        Matcher m = HALF_YEAR.matcher(name == null ? "" : name);
        if (!m.matches()) {
            throw DomainException.invalid("period", "must be a half-year such as 2027-H1 or 2027-H2");
        }
        int year = Integer.parseInt(m.group(1));
        LocalDate start;
        LocalDate nextStart;
        if (m.group(2).equals("1")) {
            start = firstHalfStarts.atYear(year);
            nextStart = secondHalfStarts.atYear(year);
        } else {
            start = secondHalfStarts.atYear(year);
            nextStart = firstHalfStarts.atYear(year + 1);
        }
        return withLock(name, start, nextStart.minusDays(1));
    }

    /**
     * A round over explicit dates (an extra or a catch-up census), named {@code start/end}.
     *
     * @throws DomainException {@code VALIDATION_FAILED} on field {@code endDate} when it is before the start
     */
    Period between(LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            throw DomainException.invalid("endDate", "must not be before startDate " + start);
        }
        return withLock(start + "/" + end, start, end);
    }

    /** The half-year a day falls in: the period the scheduled census opens on that day. */
    String periodOn(LocalDate day) {
        MonthDay md = MonthDay.from(day);
        if (md.isBefore(firstHalfStarts)) {
            return (day.getYear() - 1) + "-H2";
        }
        return day.getYear() + (md.isBefore(secondHalfStarts) ? "-H1" : "-H2");
    }

    private Period withLock(String name, LocalDate start, LocalDate end) {
        return new Period(name, start, end, end.plusDays(lockAfterDays));
    }

    static MonthDay monthDay(String value, String key) {
        try {
            return MonthDay.parse("--" + value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(key + " must be MM-dd, was " + value, e);
        }
    }
}
