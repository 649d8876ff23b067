package org.xinqiao.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** A disbursement paid against a plan: to whom, what for, and which children or programme it served. */
@MappedEntity("fund_disbursement")
record Payment(@Id @GeneratedValue @Nullable Long id, long planId, long partnerId, BigDecimal amount, String payee,
               String purpose, @Nullable String childIds, @Nullable String programme, long paidBy, Instant paidAt) {
}
