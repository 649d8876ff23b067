package org.xinqiao.need;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * Coverage of a round: children assessed in it ÷ children registered in the village now, as a decimal string
 * with four places (HALF_UP); null when the village has no child registered.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record CensusCoverage(long roundId, long villageId, long assessed, long registered, @Nullable BigDecimal coverage) {
}
