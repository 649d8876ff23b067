package org.xinqiao.points;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.TransactionDefinition;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;

/**
 * Posts ledger entries and moves the balance with them, inside the caller's transaction. The balance row is
 * locked (SELECT … FOR UPDATE) before it is read, so everything the caller decides under that lock holds until
 * it commits, and the update is guarded besides: a balance never goes below zero even if a caller forgot the lock.
 */
@Singleton
class Ledger {

    private final PointsRepositories.Balances balances;
    private final PointsRepositories.Entries entries;
    private final Opener opener;
    private final Clock clock;

    Ledger(PointsRepositories.Balances balances, PointsRepositories.Entries entries, Opener opener, Clock clock) {
        this.balances = balances;
        this.entries = entries;
        this.opener = opener;
        this.clock = clock;
    }

    /**
     * Locks the account's balance for the rest of the transaction and answers it; 0 when the account never had
     * points (then nothing is locked: there is nothing to spend, and no gap lock is taken on MySQL).
     */
    long lock(long accountId) {
        if (balances.read(accountId).isEmpty()) {
            return 0;
        }
        return balances.lock(accountId).orElseThrow();
    }

    /** Posts an entry of {@code points} (negative to debit) and moves the balance by as much. */
    PointsEntry post(long accountId, long points, EntryKind kind, @Nullable Activity rule, String reference,
                     @Nullable String note, @Nullable Long approvedBy) {
        if (balances.read(accountId).isEmpty()) {
            opener.open(accountId);
        }
        long balance = balances.lock(accountId).orElseThrow();
        if (balance + points < 0 || balances.add(accountId, points, clock.instant()) != 1) {
            throw new DomainException(ErrorCode.INSUFFICIENT_POINTS, "This needs " + -points + " points; the balance is " + balance);
        }
        return entries.save(new PointsEntry(null, accountId, points, balance + points, kind, rule, reference,
                note == null || note.length() <= 500 ? note : note.substring(0, 500), approvedBy, clock.instant()));
    }

    /** Creates an account's balance row in its own transaction, so no caller's lock ever waits for it. */
    @Singleton
    static class Opener {

        private final PointsRepositories.Balances balances;
        private final Clock clock;

        Opener(PointsRepositories.Balances balances, Clock clock) {
            this.balances = balances;
            this.clock = clock;
        }

        void open(long accountId) {
            try {
                insert(accountId);
            } catch (DataAccessException raced) {
                // another request opened it a moment ago
                if (balances.read(accountId).isEmpty()) {
                    throw raced;
                }
            }
        }

        @Transactional(propagation = TransactionDefinition.Propagation.REQUIRES_NEW)
        protected void insert(long accountId) {
            balances.open(accountId, clock.instant());
        }
    }
}
