package org.xinqiao.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarRankingTest {

    private static final Instant JAN = Instant.parse("2026-01-10T02:00:00Z");

    private long nextId = 1;

    private StarRanking.Earning earned(long account, long points, int day) {
        return new StarRanking.Earning(account, points, JAN.plusSeconds(86_400L * day), nextId++);
    }

    private static List<Long> order(List<StarRanking.Star> stars) {
        return stars.stream().map(StarRanking.Star::accountId).toList();
    }

    @Test
    void moreEarnedPointsRankHigher() {
        List<StarRanking.Star> stars = StarRanking.rank(List.of(earned(1, 20, 0), earned(2, 50, 1), earned(3, 30, 2)), 10);

        assertEquals(List.of(2L, 3L, 1L), order(stars));
        assertEquals(List.of(1, 2, 3), stars.stream().map(StarRanking.Star::rank).toList());
        assertEquals(50, stars.get(0).points());
    }

    @Test
    void onEqualTotalsTheAccountThatReachedItsTotalEarlierWins() {
        // account 7 reaches 40 on day 5; account 3 reaches 40 on day 9 though it started earlier
        List<StarRanking.Earning> earnings = List.of(
                earned(3, 10, 0), earned(7, 40, 5), earned(3, 30, 9));

        assertEquals(List.of(7L, 3L), order(StarRanking.rank(earnings, 10)));
    }

    @Test
    void theReachOfATotalIsTheFirstMomentTheRunningSumStoodAtIt() {
        // account 1: 30 on day 1, 20 on day 2 (50), a correction of -20 on day 8 → total 30, first reached on day 1
        // account 2: 30 on day 4
        List<StarRanking.Earning> earnings = List.of(
                earned(1, 30, 1), earned(1, 20, 2), earned(2, 30, 4), earned(1, -20, 8));

        List<StarRanking.Star> stars = StarRanking.rank(earnings, 10);

        assertEquals(List.of(1L, 2L), order(stars));
        assertEquals(JAN.plusSeconds(86_400L), stars.get(0).reachedAt());
    }

    @Test
    void equalTotalsReachedAtTheSameInstantGoByAccountId() {
        List<StarRanking.Earning> earnings = List.of(earned(9, 10, 3), earned(4, 10, 3));

        assertEquals(List.of(4L, 9L), order(StarRanking.rank(earnings, 10)));
    }

    @Test
    void onlyTheTopTenAreStarsAndATieAtTheCutIsDecidedByTheEarlierReach() {
        List<StarRanking.Earning> earnings = new ArrayList<>();
        for (long account = 1; account <= 9; account++) {
            earnings.add(earned(account, 100 + account, 0));
        }
        earnings.add(earned(20, 50, 6));
        earnings.add(earned(21, 50, 5));

        List<StarRanking.Star> stars = StarRanking.rank(earnings, 10);

        assertEquals(10, stars.size());
        assertEquals(21L, stars.get(9).accountId());
        assertEquals(10, stars.get(9).rank());
    }

    @Test
    void anAccountWithNothingEarnedInNetIsNotRanked() {
        assertEquals(List.of(), StarRanking.rank(List.of(earned(5, 10, 0), earned(5, -10, 1)), 10));
    }
}
