package org.xinqiao.plugin.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A voucher the platform issued.
 *
 * @param platformVoucherId the platform's reference of the voucher
 * @param validUntil when it expires, as the platform set it
 */
public record VoucherResult(String platformVoucherId, Instant validUntil) {

    /**
     * Checks the result.
     *
     * @throws NullPointerException if a component is null
     */
    public VoucherResult {
        Objects.requireNonNull(platformVoucherId, "platformVoucherId");
        Objects.requireNonNull(validUntil, "validUntil");
    }
}
