package org.xinqiao.fund;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What one delivery of sale lines did: {@code accepted} lines were counted (each with its provisional
 * accrual), {@code duplicates} were already known, {@code reversed} refunds took back a counted sale, and
 * {@code ignored} lines do not count (not agricultural, closed unpaid, or a refund before its sale).
 */
@Serdeable
public record IntakeResult(int accepted, int duplicates, int reversed, int ignored) {
}
