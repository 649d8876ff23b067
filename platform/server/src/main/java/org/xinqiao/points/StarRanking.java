package org.xinqiao.points;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks the points stars of a year (RULES.md §4): by points earned in the year, highest first; on equal totals the
 * account that reached its total earlier wins, i.e. the earlier instant at which its running sum of the year's
 * earning entries first stood at (or above) the total; if that is equal too, the lower account id, so the order
 * is always the same. Accounts that earned nothing in net are not ranked.
 */
final class StarRanking {

    /** One earning entry of the year. */
    record Earning(long accountId, long points, Instant at, long entryId) {
    }

    record Star(int rank, long accountId, long points, Instant reachedAt) {
    }

    private StarRanking() {
    }

    static List<Star> rank(List<Earning> earnings, int top) {
        Map<Long, List<Earning>> byAccount = new LinkedHashMap<>();
        earnings.stream()
                .sorted(Comparator.comparing(Earning::at).thenComparingLong(Earning::entryId))
                .forEach(e -> byAccount.computeIfAbsent(e.accountId(), id -> new ArrayList<>()).add(e));
        List<Star> candidates = new ArrayList<>();
        byAccount.forEach((accountId, entries) -> {
            long total = entries.stream().mapToLong(Earning::points).sum();
            if (total <= 0) {
                return;
            }
            long running = 0;
            Instant reachedAt = null;
            for (Earning entry : entries) {
                running += entry.points();
                if (running >= total) {
                    reachedAt = entry.at();
                    break;
                }
            }
            candidates.add(new Star(0, accountId, total, reachedAt));
        });
        candidates.sort(Comparator.comparingLong(Star::points).reversed()
                .thenComparing(Star::reachedAt)
                .thenComparingLong(Star::accountId));
        List<Star> stars = new ArrayList<>();
        for (int i = 0; i < Math.min(top, candidates.size()); i++) {
            Star s = candidates.get(i);
            stars.add(new Star(i + 1, s.accountId(), s.points(), s.reachedAt()));
        }
        return stars;
    }
}
