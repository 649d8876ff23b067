package org.xinqiao.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PasswordLockoutTest {

    private final PasswordLogin login = new PasswordLogin(null, null, null, null, 5, Duration.ofSeconds(2), Duration.ofMinutes(15));

    @Test
    void theFifthFailureBlocksForTheBaseTime() {
        assertEquals(Duration.ofSeconds(2), login.lockout(5));
    }

    @Test
    void eachFurtherFailureDoublesTheBlock() {
        assertEquals(Duration.ofSeconds(4), login.lockout(6));
        assertEquals(Duration.ofSeconds(8), login.lockout(7));
    }

    @Test
    void theBlockNeverExceedsTheMaximum() {
        // 2 s × 2^9 = 1024 s > 900 s
        assertEquals(Duration.ofMinutes(15), login.lockout(14));
        assertEquals(Duration.ofMinutes(15), login.lockout(500));
    }
}
