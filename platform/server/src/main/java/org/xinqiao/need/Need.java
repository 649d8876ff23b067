package org.xinqiao.need;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A declared need; {@code declaredAs} says whether a guardian or staff on the child's behalf declared it. */
@MappedEntity("need")
record Need(@Id @GeneratedValue @Nullable Long id, long childId, long villageId, ServiceType serviceType, String description,
            int urgency, NeedStatus status, long declaredBy, String declaredAs, Instant createdAt, Instant updatedAt) {

    NeedView view() {
        return new NeedView(id, childId, villageId, serviceType, description, urgency, status, createdAt);
    }
}
