package org.xinqiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Set;

/** An account as clients see it; never the password hash, openid or session key. */
@Serdeable
public record AccountView(long id, String displayName, @Nullable String username, Set<Role> roles, List<Long> villageIds) {
}
