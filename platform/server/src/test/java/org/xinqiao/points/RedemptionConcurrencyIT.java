package org.xinqiao.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.points.PointsFixture.Person;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.Places;
import org.xinqiao.support.WithFakeWeChat;

/** RULES.md §4 under load: requests fired in parallel over real HTTP, the database checked afterwards. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedemptionConcurrencyIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;

    Api api;
    PointsFixture fixture;
    long village;

    @BeforeAll
    void setUp() {
        api = new Api(server, json);
        String admin = api.adminToken();
        fixture = new PointsFixture(api, admin, new Db(dataSource));
        village = Places.newVillage(api, admin, "积分村");
    }

    @AfterEach
    void everyBalanceStillEqualsItsLedger() throws Exception {
        fixture.assertBalancesEqualTheirLedgers();
    }

    private Api.Res redeem(Person who, long rewardId, String key) {
        HttpRequest.Builder request = api.builder("/api/v1/redemptions", who.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"rewardId\":" + rewardId + ",\"quantity\":1}", StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request);
    }

    /** Runs the calls all at once (released together) and answers their responses. */
    private static List<Api.Res> atOnce(List<Callable<Api.Res>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Res>> futures = new ArrayList<>();
            for (Callable<Api.Res> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Api.Res> responses = new ArrayList<>();
            for (Future<Api.Res> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    /** "201" → 1, "409 OUT_OF_STOCK" → 45 … */
    private static Map<String, Long> tally(List<Api.Res> responses) {
        return responses.stream().collect(Collectors.groupingBy(
                r -> r.status() + (r.status() >= 400 ? " " + r.code() : ""), TreeMap::new, Collectors.counting()));
    }

    @Test
    void aHundredRedemptionsOfSixtyAgainstABalanceOfAHundredLeaveExactlyOneAndFortyPoints() throws Exception {
        Person volunteer = fixture.volunteerWith(village, 10);
        long reward = fixture.reward("SUPPLY", 60, 1000, null);
        List<Callable<Api.Res>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(() -> redeem(volunteer, reward, UUID.randomUUID().toString()));
        }

        Map<String, Long> answers = tally(atOnce(calls));

        assertEquals(Map.of("201", 1L, "409 INSUFFICIENT_POINTS", 99L), answers);
        assertEquals(40, fixture.balance(volunteer));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM redemption WHERE account_id = ?", volunteer.id()));
        assertEquals(999, fixture.stock(reward));
    }

    @Test
    void fiftyRedemptionsOfARewardWithStockFiveSucceedExactlyFiveTimes() throws Exception {
        List<Person> volunteers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            volunteers.add(fixture.volunteerWith(village, 10));
        }
        long reward = fixture.reward("SUPPLY", 10, 5, null);
        List<Callable<Api.Res>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Person who = volunteers.get(i % 5);
            calls.add(() -> redeem(who, reward, null));
        }

        Map<String, Long> answers = tally(atOnce(calls));

        assertEquals(Map.of("201", 5L, "409 OUT_OF_STOCK", 45L), answers);
        assertEquals(0, fixture.stock(reward));
        assertEquals(5, fixture.count("SELECT COUNT(*) FROM redemption WHERE reward_id = ?", reward));
        assertEquals(5 * 100 - 5 * 10, volunteers.stream().mapToLong(fixture::balance).sum());
    }

    @Test
    void theSameIdempotencyKeySentTenTimesAtOnceRedeemsOnce() throws Exception {
        Person volunteer = fixture.volunteerWith(village, 10);
        long reward = fixture.reward("SUPPLY", 10, 100, null);
        String key = UUID.randomUUID().toString();
        List<Callable<Api.Res>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> redeem(volunteer, reward, key));
        }

        List<Api.Res> responses = atOnce(calls);

        assertEquals(Map.of("201", 10L), tally(responses));
        assertEquals(1, responses.stream().map(r -> r.number("id")).distinct().count(), "every answer names the one redemption");
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM redemption WHERE account_id = ?", volunteer.id()));
        assertEquals(90, fixture.balance(volunteer));
        assertEquals(99, fixture.stock(reward));
    }

    @Test
    void tenRedemptionsAtOnceAgainstALimitOfTwoSucceedTwice() throws Exception {
        Person volunteer = fixture.volunteerWith(village, 10);
        long reward = fixture.reward("SUPPLY", 5, 100, 2);
        List<Callable<Api.Res>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> redeem(volunteer, reward, null));
        }

        Map<String, Long> answers = tally(atOnce(calls));

        assertEquals(Map.of("201", 2L, "409 LIMIT_REACHED", 8L), answers);
        assertEquals(90, fixture.balance(volunteer));
        assertEquals(98, fixture.stock(reward));
    }

    @Test
    void tenCancellationsOfOneRedemptionAtOnceGiveThePointsAndStockBackOnce() throws Exception {
        Person volunteer = fixture.volunteerWith(village, 10);
        long reward = fixture.reward("SUPPLY", 60, 3, null);
        long redemption = redeem(volunteer, reward, null).expect(201).number("id");
        List<Callable<Api.Res>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> api.post("/api/v1/redemptions/" + redemption + "/cancel", volunteer.token(), ""));
        }

        Map<String, Long> answers = tally(atOnce(calls));

        assertEquals(Map.of("200", 10L), answers);
        assertEquals(100, fixture.balance(volunteer));
        assertEquals(3, fixture.stock(reward));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM points_entry WHERE reference = ?", "redemption:" + redemption + ":return"));
    }
}
