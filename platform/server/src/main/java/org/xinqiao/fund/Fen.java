package org.xinqiao.fund;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Money in the fund is CNY to the fen, rounded HALF_UP (RULES.md, preamble). */
final class Fen {

    static final int SCALE = 2;

    private Fen() {
    }

    static BigDecimal round(BigDecimal amount) {
        return amount.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * An amount handed to a rule must already be whole fen: rounding it silently here would hide a
     * caller that lost precision upstream.
     */
    static BigDecimal exact(String what, BigDecimal amount) {
        if (amount == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        if (amount.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException(what + " is not a whole number of fen: " + amount);
        }
        return amount.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    static BigDecimal exactNonNegative(String what, BigDecimal amount) {
        BigDecimal fen = exact(what, amount);
        if (fen.signum() < 0) {
            throw new IllegalArgumentException(what + " is negative: " + amount);
        }
        return fen;
    }
}
