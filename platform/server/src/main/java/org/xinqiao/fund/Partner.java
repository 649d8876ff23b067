package org.xinqiao.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** An e-commerce partner and the four members of its oversight committee. */
@MappedEntity("fund_partner")
record Partner(@Id @GeneratedValue @Nullable Long id, String name, String platformPluginId, BigDecimal expectedAnnualSales,
               long civilAffairsAccountId, long platformAccountId, long villageCollectiveAccountId,
               long guardianRepresentativeAccountId, long createdBy, Instant createdAt) {

    Committee committee() {
        return new Committee(Set.of(civilAffairsAccountId, platformAccountId, villageCollectiveAccountId,
                guardianRepresentativeAccountId), civilAffairsAccountId);
    }
}
