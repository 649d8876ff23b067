package org.xinqiao.place;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A village with its place in the division hierarchy and its service stations. */
@Serdeable
public record VillageView(long id, String code, String name, Division township, Division county, String city, String province,
                          List<StationView> stations) {

    @Serdeable
    public record Division(String code, String name) {
    }

    @Serdeable
    public record StationView(long id, String name, @Nullable String address) {
    }
}
