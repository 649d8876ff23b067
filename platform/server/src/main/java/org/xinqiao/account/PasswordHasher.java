package org.xinqiao.account;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt with a configurable cost; a dummy check keeps unknown usernames as slow as wrong passwords. */
@Singleton
class PasswordHasher {

    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    PasswordHasher(@Value("${xinqiao.auth.bcrypt-strength:12}") int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
        this.dummyHash = encoder.encode("not-a-password");
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? dummyHash : hash);
    }
}
