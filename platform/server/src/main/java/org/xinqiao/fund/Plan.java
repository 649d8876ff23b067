package org.xinqiao.fund;

import org.xinqiao.common.Quarter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** A spending plan for one quarter; {@code disbursed} grows with each payment against it. */
@MappedEntity("fund_plan")
record Plan(@Id @GeneratedValue @Nullable Long id, long partnerId, String quarter, SpendingCategory category,
            BigDecimal amount, BigDecimal disbursed, String purpose, Status status, long draftedBy, Instant createdAt,
            @Nullable Instant decidedAt) {

    enum Status {
        PENDING,
        APPROVED,
        /** The majority with the civil-affairs member can no longer be reached. */
        REJECTED
    }

    BigDecimal remaining() {
        return amount.subtract(disbursed);
    }

    Quarter validFor() {
        return Quarter.parse(quarter);
    }

    Plan decided(Status newStatus, Instant at) {
        return new Plan(id, partnerId, quarter, category, amount, disbursed, purpose, newStatus, draftedBy, createdAt, at);
    }

    Plan paid(BigDecimal paid) {
        return new Plan(id, partnerId, quarter, category, amount, disbursed.add(paid), purpose, status, draftedBy, createdAt,
                decidedAt);
    }
}
