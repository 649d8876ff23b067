package org.xinqiao.event;

import java.time.Month;
import java.time.YearMonth;

/** What the event jobs share: how a run reports its event, and the school semester of a month. */
final class EventJobs {

    private EventJobs() {
    }

    static String said(EventService.Created outcome) {
        return (outcome.created() ? "Created " : "Already there: ")
                + outcome.event().type() + " event " + outcome.event().id() + " '" + outcome.event().title() + "'";
    }

    /** Spring semester February to July, autumn August to January (which belongs to the previous year's). */
    static Semester semester(YearMonth month) {
        Month m = month.getMonth();
        if (m.getValue() >= Month.FEBRUARY.getValue() && m.getValue() <= Month.JULY.getValue()) {
            return new Semester(month.getYear(), true);
        }
        return new Semester(m == Month.JANUARY ? month.getYear() - 1 : month.getYear(), false);
    }

    record Semester(int year, boolean spring) {

        String key() {
            return year + (spring ? "-spring" : "-autumn");
        }

        String title() {
            return year + (spring ? "年春季学期" : "年秋季学期");
        }
    }
}
