package org.xinqiao.appointment;

import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Runs a transaction again when the database gave up waiting for a lock or chose it as a deadlock victim: under a
 * burst of bookings for one provider that is an expected outcome, not an error of the request.
 */
final class Retry {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Retry.class);
    private static final int ATTEMPTS = 8;

    private Retry() {
    }

    static <T> T onLockContention(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isTransient(e)) {
                    throw e;
                }
                LOG.debug("lock contention, attempt {} of {}: {}", attempt, ATTEMPTS, e.getMessage());
                try {
                    Thread.sleep(10L * attempt + (long) (Math.random() * 20));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    static boolean isTransient(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                String state = sql.getSQLState();
                int code = sql.getErrorCode();
                // MySQL/MariaDB: 1213 deadlock, 1205 lock wait timeout; H2: 40001 deadlock, 50200 lock timeout
                if ("40001".equals(state) || code == 1213 || code == 1205 || code == 50200 || "HYT00".equals(state)) {
                    return true;
                }
            }
        }
        return false;
    }
}
