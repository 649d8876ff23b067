package org.xinqiao.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** One agricultural order line of a partner, known once however many sources deliver it. */
@MappedEntity("fund_sale")
record Sale(@Id @GeneratedValue @Nullable Long id, long partnerId, String lineKey, BigDecimal amount, Instant paidAt,
            int saleYear, State state, @Nullable BigDecimal accrued, String source, Instant receivedAt, Instant updatedAt) {

    enum State {
        /** In the year's sales, with its ACCRUAL entry. */
        COUNTED,
        /** Counted, then refunded: its REVERSAL entry took back exactly what it accrued. */
        REVERSED,
        /** The refund arrived before the sale: remembered, so the sale is never counted. */
        REFUNDED
    }

    Sale withState(State newState, Instant at) {
        return new Sale(id, partnerId, lineKey, amount, paidAt, saleYear, newState, accrued, source, receivedAt, at);
    }
}
