package org.xinqiao.station;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.xinqiao.provider.WeeklyWindow;

/**
 * Cuts bookable slots out of a station's opening hours, intersected with a provider's weekly availability when a
 * provider is given. Windows of one day are merged first, so overlapping entries never yield overlapping slots;
 * each merged window is cut into consecutive slots of the given length from its start, and a remainder shorter
 * than a slot is left unused.
 */
final class SlotGenerationPolicy {

    record Candidate(LocalDateTime start, LocalDateTime end) {
    }

    List<Candidate> slots(LocalDate from, LocalDate to, List<WeeklyWindow> openingHours, List<WeeklyWindow> availability,
                          boolean limitToAvailability, Duration length, Predicate<LocalDate> dayAllowed) {
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("slot length must be positive");
        }
        List<Candidate> out = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (!dayAllowed.test(day)) {
                continue;
            }
            List<WeeklyWindow> open = merged(openingHours, day.getDayOfWeek());
            List<WeeklyWindow> windows = limitToAvailability ? intersect(open, merged(availability, day.getDayOfWeek())) : open;
            for (WeeklyWindow window : windows) {
                LocalDateTime start = day.atTime(window.from());
                LocalDateTime end = day.atTime(window.to());
                while (!start.plus(length).isAfter(end) && start.toLocalDate().equals(day)) {
                    out.add(new Candidate(start, start.plus(length)));
                    start = start.plus(length);
                }
            }
        }
        return out;
    }

    static List<WeeklyWindow> merged(List<WeeklyWindow> windows, DayOfWeek day) {
        List<WeeklyWindow> ofDay = windows.stream().filter(w -> w.dayOfWeek() == day)
                .sorted(Comparator.comparing(WeeklyWindow::from)).toList();
        List<WeeklyWindow> out = new ArrayList<>();
        for (WeeklyWindow w : ofDay) {
            if (!out.isEmpty() && !w.from().isAfter(out.get(out.size() - 1).to())) {
                WeeklyWindow last = out.remove(out.size() - 1);
                out.add(new WeeklyWindow(day, last.from(), later(last.to(), w.to())));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    static List<WeeklyWindow> intersect(List<WeeklyWindow> a, List<WeeklyWindow> b) {
        List<WeeklyWindow> out = new ArrayList<>();
        for (WeeklyWindow x : a) {
            for (WeeklyWindow y : b) {
                LocalTime from = later(x.from(), y.from());
                LocalTime to = x.to().isBefore(y.to()) ? x.to() : y.to();
                if (from.isBefore(to)) {
                    out.add(new WeeklyWindow(x.dayOfWeek(), from, to));
                }
            }
        }
        out.sort(Comparator.comparing(WeeklyWindow::from));
        return out;
    }

    private static LocalTime later(LocalTime a, LocalTime b) {
        return a.isAfter(b) ? a : b;
    }
}
