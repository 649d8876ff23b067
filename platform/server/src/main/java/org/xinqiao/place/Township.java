package org.xinqiao.place;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("township")
record Township(@Id String code, String name, String countyCode, String countyName, String cityName, String provinceName) {
}
