package org.xinqiao.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("fund_plan_vote")
record PlanVote(@Id @GeneratedValue @Nullable Long id, long planId, long voterId, boolean approve, @Nullable String comment,
                Instant votedAt) {
}
