package org.xinqiao.account;

import io.micronaut.serde.annotation.Serdeable;

/** The answer to every login: API.md, Accounts. */
@Serdeable
record Tokens(String accessToken, String refreshToken, int expiresIn, AccountView account) {
}
