package org.xinqiao.need;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.common.FieldError;

/**
 * Decides whether census scores are acceptable: each indicator is scored from {@value #NO_NEED} (no need) to
 * {@value #URGENT} (urgent), and only the 20 known indicators may be scored. Errors name the offending field
 * as the request spells it ({@code scores.M1}) and are all reported at once, so a census taker fixes a
 * form in one round trip.
 */
public final class Score {

    public static final int NO_NEED = 0;
    public static final int URGENT = 3;

    private static final String FIELD = "scores";

    private Score() {
    }

    public static boolean isValid(int score) {
        return score >= NO_NEED && score <= URGENT;
    }

    /**
     * Reads the wire form {@code {M1: 0..3, …}}. Indicators left out are simply not recorded.
     *
     * @throws DomainException {@code VALIDATION_FAILED} listing every unknown code, missing or out-of-range score
     */
    public static Map<Indicator, Integer> parse(Map<String, Integer> wire) {
        Objects.requireNonNull(wire, "wire");
        Map<Indicator, Integer> scores = new EnumMap<>(Indicator.class);
        List<FieldError> errors = new ArrayList<>();
        wire.forEach((code, score) -> {
            var indicator = Indicator.fromCode(code);
            if (indicator.isEmpty()) {
                errors.add(new FieldError(field(code), "is not an indicator; expected one of M1..M5, E1..E5, P1..P5, S1..S5"));
            } else {
                checkScore(code, score, errors);
                scores.put(indicator.get(), score);
            }
        });
        throwIfAny(errors);
        return scores;
    }

    /**
     * Checks scores already keyed by indicator, for callers that did not come through {@link #parse(Map)}.
     *
     * @throws DomainException {@code VALIDATION_FAILED} listing every missing or out-of-range score
     */
    public static void requireValid(Map<Indicator, Integer> scores) {
        Objects.requireNonNull(scores, "scores");
        List<FieldError> errors = new ArrayList<>();
        scores.forEach((indicator, score) -> checkScore(indicator.name(), score, errors));
        throwIfAny(errors);
    }

    private static void checkScore(String code, Integer score, List<FieldError> errors) {
        if (score == null) {
            errors.add(new FieldError(field(code), "is required"));
        } else if (!isValid(score)) {
            errors.add(new FieldError(field(code), "must be between " + NO_NEED + " and " + URGENT + ", was " + score));
        }
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        errors.sort(Comparator.comparing(FieldError::field));
        String detail = errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
        throw new DomainException(ErrorCode.VALIDATION_FAILED, detail, errors, null);
    }

    private static String field(String code) {
        return FIELD + "." + code;
    }
}
