package org.xinqiao.common;

import io.micronaut.security.authentication.Authentication;

/** Who is calling: our tokens name the account by its id. */
public final class Callers {

    private Callers() {
    }

    public static long id(Authentication authentication) {
        return Long.parseLong(authentication.getName());
    }
}
