package org.xinqiao.need;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A child's needs profile on a service date ({@code GET /api/v1/children/{id}/needs-profile}): the decision of
 * {@link NeedsProfile} plus the assessment it rests on, or null when the child has not been assessed yet (then
 * every category is at 0 and only the tier's services are recommended).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChildNeedsProfile(long childId, LocalDate date, AgeTier ageTier, int age, List<NeedsGroup> groups,
                                Map<Category, Integer> categoryLevels, List<ServiceType> recommendedServiceTypes,
                                @Nullable Basis assessment) {

    /** The census record the profile was computed from; {@code counted} once its round is approved for the county. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Basis(long recordId, long roundId, String period, int revision, Instant recordedAt, boolean counted) {
    }

    static ChildNeedsProfile of(long childId, LocalDate date, NeedsProfile profile, @Nullable Basis basis) {
        return new ChildNeedsProfile(childId, date, profile.ageTier(), profile.age(), profile.groups(), profile.categoryLevels(),
                profile.recommendedServiceTypes(), basis);
    }
}
