package org.xinqiao.plugin.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * VIP rights for a platform user, such as a points star of the year (积分之星).
 *
 * @param grantId the server's idempotency key: the same id must never grant twice
 * @param platformUserId the user's id on the platform, as the plugin documents
 * @param validFrom the first day of the rights
 * @param validUntil the last day of the rights, not before {@code validFrom}
 * @param reason why the rights are granted, for the platform's records
 */
public record VipGrant(String grantId, String platformUserId, LocalDate validFrom, LocalDate validUntil, String reason) {

    /**
     * Checks the grant.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the period ends before it starts
     */
    public VipGrant {
        Objects.requireNonNull(grantId, "grantId");
        Objects.requireNonNull(platformUserId, "platformUserId");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(reason, "reason");
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("the rights end before they start");
        }
    }
}
