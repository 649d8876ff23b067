package org.xinqiao.need;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("census_approval")
record CensusApproval(@Id @GeneratedValue @Nullable Long id, long roundId, ApprovalLevel approvalLevel, long approvedBy,
                      Instant approvedAt) {
}
