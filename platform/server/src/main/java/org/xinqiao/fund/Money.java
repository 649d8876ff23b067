package org.xinqiao.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.xinqiao.common.DomainException;

/** Money crosses the API as a decimal string ("1234.50", API.md) and never through a double. */
final class Money {

    /** What a client may send: yuan with at most two decimals. */
    static final String PATTERN = "\\d{1,17}(\\.\\d{1,2})?";
    private static final Pattern VALID = Pattern.compile(PATTERN);

    private Money() {
    }

    static String text(BigDecimal amount) {
        return amount.setScale(Fen.SCALE, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A rate as a plain fraction, "0.08". */
    static String rate(BigDecimal rate) {
        BigDecimal plain = rate.stripTrailingZeros();
        return (plain.scale() < 2 ? rate.setScale(2, RoundingMode.UNNECESSARY) : plain).toPlainString();
    }

    static BigDecimal parse(String field, String text) {
        if (text == null || !VALID.matcher(text).matches()) {
            throw DomainException.invalid(field, "must be an amount in yuan like \"1234.50\"");
        }
        return new BigDecimal(text).setScale(Fen.SCALE, RoundingMode.UNNECESSARY);
    }

    static BigDecimal positive(String field, String text) {
        BigDecimal amount = parse(field, text);
        if (amount.signum() <= 0) {
            throw DomainException.invalid(field, "must be more than 0");
        }
        return amount;
    }
}
