package org.xinqiao.plugin.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A shopping voucher to hand to a platform user, typically bought with points.
 *
 * @param requestId the server's idempotency key: the same id must never issue twice
 * @param platformUserId the user's id on the platform (an open id, a phone number …, as the
 *     plugin documents)
 * @param faceValue the voucher's value in yuan, positive
 * @param minimumSpend the smallest order it applies to, in yuan, zero for none
 * @param validUntil when it expires
 */
public record VoucherRequest(
        String requestId, String platformUserId, BigDecimal faceValue, BigDecimal minimumSpend, Instant validUntil) {

    /**
     * Checks the request.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the face value is not positive or the minimum is negative
     */
    public VoucherRequest {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(platformUserId, "platformUserId");
        Objects.requireNonNull(faceValue, "faceValue");
        Objects.requireNonNull(minimumSpend, "minimumSpend");
        Objects.requireNonNull(validUntil, "validUntil");
        if (faceValue.signum() <= 0) {
            throw new IllegalArgumentException("faceValue must be positive: " + faceValue);
        }
        if (minimumSpend.signum() < 0) {
            throw new IllegalArgumentException("minimumSpend must not be negative: " + minimumSpend);
        }
    }
}
