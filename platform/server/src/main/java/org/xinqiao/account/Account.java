package org.xinqiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

@MappedEntity("account")
record Account(
        @Id @GeneratedValue @Nullable Long id,
        @Nullable String username,
        @Nullable String passwordHash,
        String displayName,
        @Nullable String openid,
        @Nullable String unionid,
        @Nullable String sessionKeyEnc,
        Instant createdAt) {

    static Account staff(String username, String passwordHash, String displayName, Instant now) {
        return new Account(null, username, passwordHash, displayName, null, null, null, now);
    }

    static Account weChat(String openid, @Nullable String unionid, String sessionKeyEnc, String displayName, Instant now) {
        return new Account(null, null, null, displayName, openid, unionid, sessionKeyEnc, now);
    }
}
