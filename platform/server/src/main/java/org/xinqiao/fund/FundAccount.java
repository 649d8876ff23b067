package org.xinqiao.fund;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** The balance row of a partner's earmarked account; every write to the account locks it first. */
@MappedEntity("fund_account")
record FundAccount(@Id long partnerId, BigDecimal balance, long version, Instant updatedAt) {
}
