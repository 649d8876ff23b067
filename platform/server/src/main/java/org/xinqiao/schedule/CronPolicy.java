package org.xinqiao.schedule;

import java.text.ParseException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.quartz.CronExpression;
import org.xinqiao.common.DomainException;

/**
 * Decides whether a cron and a time zone make a schedule worth saving, and when it fires next.
 * Quartz's own parser is the judge, so what passes here is what the scheduler will run; the checks in
 * front of it catch what Quartz silently accepts ({@code ?x}, {@code 0/0}) or rejects without saying
 * where. Positions in reasons count characters from 1.
 */
final class CronPolicy {

    static final int MAX_PREVIEW = 100;

    private static final List<String> FIELD_NAMES =
            List.of("second", "minute", "hour", "day-of-month", "month", "day-of-week", "year");
    private static final int DAY_OF_MONTH = 3;
    private static final int DAY_OF_WEEK = 5;
    private static final int YEAR = 6;

    private static final String NUMERIC = "0123456789,-*/";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final List<String> ALLOWED = List.of(
            NUMERIC, NUMERIC, NUMERIC, NUMERIC + "?LW", NUMERIC + LETTERS, NUMERIC + "?#" + LETTERS, NUMERIC);

    // Quartz splits on spaces and tabs only; anything else stays inside a field
    private static final Pattern FIELD = Pattern.compile("[^ \t]+");
    private static final Pattern ZERO_INCREMENT = Pattern.compile("/0+(?![0-9])");

    /** Reads an administrator's time zone id; abbreviations such as CST are ambiguous and refused. */
    ZoneId zone(String zoneId) {
        if (zoneId == null || zoneId.isBlank()) {
            throw new InvalidCronException("timeZone", "The time zone is empty");
        }
        try {
            return ZoneId.of(zoneId);
        } catch (DateTimeException e) {
            throw new InvalidCronException("timeZone", "Unknown time zone '" + zoneId + "': use a region id such as Asia/Shanghai");
        }
    }

    /** Refuses a cron that does not parse or will never fire after {@code now} in {@code zone}. */
    void validate(String cron, ZoneId zone, Instant now) {
        CronExpression expression = parse(cron, zone);
        if (expression.getNextValidTimeAfter(Date.from(now)) == null) {
            throw new InvalidCronException(
                    "'" + cron + "' never fires after " + now.atZone(zone).toOffsetDateTime());
        }
    }

    /**
     * The next {@code count} fire times strictly after {@code from}, as wall-clock times in {@code zone};
     * fewer when the schedule stops firing (a year field), none when it never fires.
     */
    List<ZonedDateTime> preview(String cron, ZoneId zone, Instant from, int count) {
        if (count < 1 || count > MAX_PREVIEW) {
            throw DomainException.invalid("count", "must be between 1 and " + MAX_PREVIEW);
        }
        CronExpression expression = parse(cron, zone);
        List<ZonedDateTime> times = new ArrayList<>(count);
        Date after = Date.from(from);
        while (times.size() < count) {
            Date next = expression.getNextValidTimeAfter(after);
            if (next == null) {
                break;
            }
            times.add(next.toInstant().atZone(zone));
            after = next;
        }
        return List.copyOf(times);
    }

    private static CronExpression parse(String cron, ZoneId zone) {
        if (zone == null) {
            throw new InvalidCronException("timeZone", "The time zone is empty");
        }
        if (cron == null || cron.isBlank()) {
            throw new InvalidCronException("The cron expression is empty");
        }
        List<Field> fields = fields(cron);
        if (fields.size() < 6 || fields.size() > 7) {
            throw new InvalidCronException("Expected 6 or 7 fields (second minute hour day-of-month month"
                    + " day-of-week [year]) but found " + fields.size());
        }
        fields.forEach(CronPolicy::checkCharacters);
        try {
            CronExpression expression = new CronExpression(cron);
            // TimeZone.getTimeZone(String) would turn a misspelt id into GMT without a word
            expression.setTimeZone(TimeZone.getTimeZone(zone));
            return expression;
        } catch (ParseException e) {
            throw new InvalidCronException(locate(fields, e.getMessage()));
        }
    }

    private static List<Field> fields(String cron) {
        List<Field> fields = new ArrayList<>();
        Matcher matcher = FIELD.matcher(cron);
        while (matcher.find()) {
            fields.add(new Field(fields.size(), matcher.group(), matcher.start() + 1));
        }
        return fields;
    }

    private static void checkCharacters(Field field) {
        String text = field.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // Quartz upper-cases the whole expression before parsing: names and L, W are case-blind
            if (ALLOWED.get(field.index()).indexOf(Character.toUpperCase(c)) < 0) {
                throw new InvalidCronException("Unexpected character " + shown(c) + " at position "
                        + (field.position() + i) + " in the " + field.name() + " field");
            }
        }
        if (text.contains("?") && !text.equals("?")) {
            throw new InvalidCronException("'?' must stand alone in the " + field.name() + " field '" + text
                    + "' at position " + field.position());
        }
        Matcher zero = ZERO_INCREMENT.matcher(text);
        if (zero.find()) {
            throw new InvalidCronException("An increment of 0 at position " + (field.position() + zero.start())
                    + " in the " + field.name() + " field never advances");
        }
    }

    /**
     * Quartz's positions are relative to its current token, often 0 or -1: parsing each field alone
     * finds the one at fault, so the reason can say where.
     */
    private static String locate(List<Field> fields, String message) {
        for (Field field : fields) {
            Optional<String> error = errorAlone(field);
            if (error.isPresent()) {
                return readable(error.get()) + " (the " + field.name() + " field '" + field.text()
                        + "' at position " + field.position() + ")";
            }
        }
        return readable(message);
    }

    private static Optional<String> errorAlone(Field field) {
        String[] probe = {"0", "0", "0", "*", "*", "?"};
        String expression;
        if (field.index() == YEAR) {
            expression = String.join(" ", probe) + " " + field.text();
        } else {
            probe[field.index()] = field.text();
            // Quartz insists that exactly one of day-of-month and day-of-week is '?'
            if (field.index() == DAY_OF_WEEK && !field.text().equals("?")) {
                probe[DAY_OF_MONTH] = "?";
            }
            if (field.index() == DAY_OF_MONTH && field.text().equals("?")) {
                probe[DAY_OF_WEEK] = "*";
            }
            expression = String.join(" ", probe);
        }
        try {
            new CronExpression(expression);
            return Optional.empty();
        } catch (ParseException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String readable(String quartzMessage) {
        // Quartz wraps its own internal failures (a two-letter day name, say) with the Java exception text
        if (quartzMessage.startsWith("Illegal cron expression format (")) {
            return "Unrecognised value";
        }
        return quartzMessage.endsWith(".") ? quartzMessage.substring(0, quartzMessage.length() - 1) : quartzMessage;
    }

    private static String shown(char c) {
        return Character.isISOControl(c) || Character.isWhitespace(c)
                ? String.format("U+%04X", (int) c)
                : "'" + c + "'";
    }

    private record Field(int index, String text, int position) {

        String name() {
            return FIELD_NAMES.get(index);
        }
    }
}
