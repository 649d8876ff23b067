package org.xinqiao.station;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalTime;

@MappedEntity("station_opening_hours")
record OpeningHours(@Id @GeneratedValue @Nullable Long id, long stationId, int dayOfWeek, LocalTime opens, LocalTime closes) {
}
