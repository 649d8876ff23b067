package org.xinqiao.provider;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("provider")
record Provider(@Id @GeneratedValue @Nullable Long id, long accountId, ProviderKind kind, String displayName,
                @Nullable String motivation, ProviderStatus status, @Nullable Long decidedBy, @Nullable Instant decidedAt,
                @Nullable String decisionNote, Instant createdAt) {

    Provider decided(ProviderStatus to, long actorId, @Nullable String note, Instant at) {
        return new Provider(id, accountId, kind, displayName, motivation, to, actorId, at, note, createdAt);
    }
}
