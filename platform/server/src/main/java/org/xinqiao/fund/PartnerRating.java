package org.xinqiao.fund;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("fund_partner_rating")
record PartnerRating(@Id @GeneratedValue @Nullable Long id, long partnerId, int ratingYear, Rating rating, long ratedBy,
                     Instant ratedAt) {
}
