package org.xinqiao.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a partner's earmarked account, inserted and never changed. {@code fundYear} is the year it
 * belongs to (a sale's and its refund's: the year the sale was paid). Accruals and true-ups keep the
 * {@code rate}, {@code band} and {@code basis} (the sales they were computed on) they used.
 */
@MappedEntity("fund_entry")
record FundEntry(@Id @GeneratedValue @Nullable Long id, long partnerId, int fundYear, Kind kind, BigDecimal amount,
                 String reference, @Nullable BigDecimal rate, @Nullable String band, @Nullable BigDecimal basis,
                 @Nullable SpendingCategory category, @Nullable Long planId, Instant createdAt) {

    enum Kind {
        ACCRUAL,
        TRUE_UP,
        DISBURSEMENT,
        REVERSAL
    }
}
