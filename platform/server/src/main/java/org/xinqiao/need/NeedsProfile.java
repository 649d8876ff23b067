package org.xinqiao.need;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the census says about one child on one service date: the age tier, the groups the child belongs
 * to, the level of each category (every category present, 0 when nothing was scored), and the services
 * to offer, tier services first.
 */
@Serdeable
public record NeedsProfile(AgeTier ageTier, int age, List<NeedsGroup> groups, Map<Category, Integer> categoryLevels,
                           List<ServiceType> recommendedServiceTypes) {

    public NeedsProfile {
        groups = List.copyOf(groups);
        // An EnumMap keeps the categories in catalog order in the JSON as well.
        var levels = new EnumMap<Category, Integer>(Category.class);
        levels.putAll(categoryLevels);
        categoryLevels = Collections.unmodifiableMap(levels);
        recommendedServiceTypes = List.copyOf(recommendedServiceTypes);
    }
}
