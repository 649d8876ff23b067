package org.xinqiao.points;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record BalanceView(long accountId, long balance) {
}
