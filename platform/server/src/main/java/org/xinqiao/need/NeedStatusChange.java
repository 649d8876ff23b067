package org.xinqiao.need;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("need_status_change")
record NeedStatusChange(@Id @GeneratedValue @Nullable Long id, long needId, @Nullable NeedStatus fromStatus, NeedStatus toStatus,
                        @Nullable Long actorId, @Nullable String note, Instant changedAt) {

    NeedStatusChangeView view() {
        return new NeedStatusChangeView(needId, fromStatus, toStatus, actorId, note, changedAt);
    }
}
