package org.xinqiao.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
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

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PointsIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    PointsService points;

    Api api;
    Db db;
    String admin;
    PointsFixture fixture;
    long village;
    long otherVillage;

    @BeforeAll
    void setUp() {
        api = new Api(server, json);
        admin = api.adminToken();
        db = new Db(dataSource);
        fixture = new PointsFixture(api, admin, db);
        village = Places.newVillage(api, admin, "长寿村");
        otherVillage = Places.newVillage(api, admin, "红岭村");
    }

    @AfterEach
    void everyBalanceStillEqualsItsLedger() throws Exception {
        fixture.assertBalancesEqualTheirLedgers();
    }

    private long claim(Person who, String body) {
        return api.post("/api/v1/points/claims", who.token(), body).expect(201).number("id");
    }

    private Api.Res approve(String token, long claim) {
        return api.post("/api/v1/admin/points/claims/" + claim + "/approve", token, "");
    }

    private Api.Res redeem(Person who, long reward, int quantity) {
        return api.post("/api/v1/redemptions", who.token(), "{\"rewardId\":" + reward + ",\"quantity\":" + quantity + "}");
    }

    @Test
    void stationStaffOfTheVillageApproveATwoHourTutoringClaimAndTheProviderHasTwentyPoints() {
        Person provider = fixture.volunteer(village);
        Person staff = fixture.person("STATION_STAFF", village);
        Api.Res submitted = api.post("/api/v1/points/claims", provider.token(),
                "{\"activity\":\"TUTORING\",\"hours\":2,\"evidence\":\"辅导数学两小时\"}").expect(201);
        assertEquals("SUBMITTED", submitted.text("status"));
        assertEquals(20, submitted.number("points"));
        assertEquals(village, submitted.number("villageId"));
        assertEquals(0, fixture.balance(provider), "a submitted claim earns nothing yet");

        Api.Res approved = approve(staff.token(), submitted.number("id")).expect(200);

        assertEquals("APPROVED", approved.text("status"));
        assertEquals(20, fixture.balance(provider));
        Api.Res ledger = api.get("/api/v1/points/ledger", provider.token()).expect(200);
        assertEquals(1, ledger.number("total"));
        assertEquals("EARNED", ledger.text("items.0.kind"));
        assertEquals("TUTORING", ledger.text("items.0.rule"));
        assertEquals("claim:" + submitted.number("id"), ledger.text("items.0.reference"));
        assertEquals(staff.id(), ledger.number("items.0.approvedBy"));
    }

    @Test
    void approvingAClaimTwiceCreditsOnce() throws Exception {
        Person provider = fixture.volunteer(village);
        long id = claim(provider, "{\"activity\":\"CENSUS_RECORD\",\"units\":3,\"evidence\":\"三份普查表\"}");

        approve(admin, id).expect(200);
        approve(admin, id).expect(200);

        assertEquals(15, fixture.balance(provider));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM points_entry WHERE account_id = ?", provider.id()));
    }

    @Test
    void aRejectedClaimCreditsNothingAndCannotBeApprovedAfterwards() throws Exception {
        Person provider = fixture.volunteer(village);
        long id = claim(provider, "{\"activity\":\"INCOME_CASE\",\"evidence\":\"增收案例\"}");

        Api.Res rejected = api.post("/api/v1/admin/points/claims/" + id + "/reject", admin, "{\"note\":\"证据不足\"}").expect(200);
        Api.Res approvedAfter = approve(admin, id);

        assertEquals("REJECTED", rejected.text("status"));
        assertEquals(409, approvedAfter.status());
        assertEquals("CLAIM_ALREADY_DECIDED", approvedAfter.code());
        assertEquals(0, fixture.balance(provider));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM points_entry WHERE account_id = ?", provider.id()));
    }

    @Test
    void staffOfAnotherVillageCannotApproveAndNobodyApprovesTheirOwnClaim() {
        Person provider = fixture.volunteer(village);
        Person stranger = fixture.person("STATION_STAFF", otherVillage);
        Person staffClaimant = fixture.person("STATION_STAFF", village);
        api.put("/api/v1/admin/accounts/" + staffClaimant.id() + "/roles", admin,
                "{\"roles\":[\"STATION_STAFF\",\"VOLUNTEER\"],\"villageIds\":[" + village + "]}").expect(200);
        String staffClaimantToken = api.passwordLogin(api.get("/api/v1/me", staffClaimant.token()).text("username"), PointsFixture.PASSWORD);
        long id = claim(provider, "{\"activity\":\"TUTORING\",\"hours\":1,\"evidence\":\"x\"}");
        long own = claim(new Person(staffClaimant.id(), staffClaimantToken), "{\"activity\":\"TUTORING\",\"hours\":1,\"evidence\":\"x\"}");

        Api.Res byStranger = approve(stranger.token(), id);
        Api.Res byHimself = approve(staffClaimantToken, own);
        Api.Res byTheProvider = approve(provider.token(), id);

        assertEquals(403, byStranger.status());
        assertEquals("FORBIDDEN", byStranger.code());
        assertEquals(403, byHimself.status());
        assertEquals(403, byTheProvider.status());
        assertEquals(0, fixture.balance(provider));
    }

    @Test
    void invalidClaimsAre422AndNothingIsStored() throws Exception {
        Person provider = fixture.volunteer(village);

        Api.Res noHours = api.post("/api/v1/points/claims", provider.token(), "{\"activity\":\"TUTORING\",\"evidence\":\"x\"}");
        Api.Res threeDecimals = api.post("/api/v1/points/claims", provider.token(),
                "{\"activity\":\"TUTORING\",\"hours\":1.125,\"evidence\":\"x\"}");
        Api.Res unknownActivity = api.post("/api/v1/points/claims", provider.token(), "{\"activity\":\"DANCING\",\"hours\":1,\"evidence\":\"x\"}");
        Api.Res noEvidence = api.post("/api/v1/points/claims", provider.token(), "{\"activity\":\"TUTORING\",\"hours\":1}");
        Api.Res foreignVillage = api.post("/api/v1/points/claims", provider.token(),
                "{\"activity\":\"TUTORING\",\"hours\":1,\"evidence\":\"x\",\"villageId\":" + otherVillage + "}");

        assertEquals(List.of(422, 422, 400, 422, 422), List.of(noHours.status(), threeDecimals.status(), unknownActivity.status(),
                noEvidence.status(), foreignVillage.status()));
        assertEquals("hours", noHours.text("errors.0.field"));
        assertEquals("villageId", foreignVillage.text("errors.0.field"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM points_claim WHERE account_id = ?", provider.id()));
    }

    @Test
    void aGuardianCannotClaimPoints() {
        String guardian = fixture.person("GUARDIAN", village).token();

        Api.Res res = api.post("/api/v1/points/claims", guardian, "{\"activity\":\"TUTORING\",\"hours\":1,\"evidence\":\"x\"}");

        assertEquals(403, res.status());
    }

    @Test
    void aCompletedSessionClaimsOnceAndIsCreditedWhenStaffCompletedIt() throws Exception {
        Person provider = fixture.volunteer(village);
        Person staff = fixture.person("STATION_STAFF", village);
        long appointment = System.nanoTime();

        long first = points.creditForCompletedSession(provider.id(), appointment, new BigDecimal("1.5"), staff.id());
        long again = points.creditForCompletedSession(provider.id(), appointment, new BigDecimal("1.5"), staff.id());

        assertEquals(first, again);
        assertEquals(15, fixture.balance(provider));
        assertEquals("appointment:" + appointment, db.text("SELECT source FROM points_claim WHERE id = ?", first));
    }

    @Test
    void aSessionTheProviderCompletedWaitsForStaff() {
        Person provider = fixture.volunteer(village);

        long claim = points.creditForCompletedSession(provider.id(), System.nanoTime(), new BigDecimal("0.75"), null);

        assertEquals(0, fixture.balance(provider));
        Api.Res approved = approve(fixture.person("VILLAGE_STAFF", village).token(), claim).expect(200);
        assertEquals(8, approved.number("points"), "0.75 h × 10 = 7.5, HALF_UP 8");
        assertEquals(8, fixture.balance(provider));
    }

    @Test
    void aSupplyIsRedeemedWithAPickupCodeAndHandedOverByStaff() throws Exception {
        Person provider = fixture.volunteerWith(village, 2);
        long reward = fixture.reward("SUPPLY", 15, 3, null);

        Api.Res redeemed = redeem(provider, reward, 1).expect(201);
        Api.Res second = redeem(provider, reward, 1);

        assertEquals("AWAITING_PICKUP", redeemed.text("status"));
        assertEquals(5, redeemed.number("balance"));
        assertEquals(5, fixture.balance(provider));
        String code = redeemed.text("pickupCode");
        assertTrue(code.matches("[A-HJ-NP-Z2-9]{8}"), code);
        assertEquals(409, second.status());
        assertEquals("INSUFFICIENT_POINTS", second.code());
        assertEquals(2, fixture.stock(reward));

        Api.Res handed = api.post("/api/v1/admin/redemptions/pickups", fixture.person("STATION_STAFF", village).token(),
                "{\"pickupCode\":\"" + code + "\"}").expect(200);
        Api.Res cancelAfter = api.post("/api/v1/redemptions/" + redeemed.number("id") + "/cancel", provider.token(), "");

        assertEquals("FULFILLED", handed.text("status"));
        assertEquals(409, cancelAfter.status());
        assertEquals("REDEMPTION_NOT_CANCELLABLE", cancelAfter.code());
        assertEquals(5, fixture.balance(provider));
    }

    @Test
    void cancellingAnUnfulfilledRedemptionReturnsThePointsAndTheStock() throws Exception {
        Person provider = fixture.volunteerWith(village, 10);
        long reward = fixture.reward("TRAINING_SEAT", 30, 4, null);
        long id = redeem(provider, reward, 2).expect(201).number("id");
        assertEquals(40, fixture.balance(provider));
        assertEquals(2, fixture.stock(reward));

        Api.Res cancelled = api.post("/api/v1/redemptions/" + id + "/cancel", provider.token(), "").expect(200);

        assertEquals("CANCELLED", cancelled.text("status"));
        assertEquals(100, fixture.balance(provider));
        assertEquals(4, fixture.stock(reward));
        Api.Res ledger = api.get("/api/v1/points/ledger", provider.token()).expect(200);
        assertEquals(List.of("RETURNED", "REDEEMED", "EARNED"),
                List.of(ledger.text("items.0.kind"), ledger.text("items.1.kind"), ledger.text("items.2.kind")));
        assertEquals(60, ledger.number("items.0.points"));
        assertEquals(-60, ledger.number("items.1.points"));
    }

    @Test
    void someoneElseCannotCancelARedemption() {
        Person provider = fixture.volunteerWith(village, 10);
        long id = redeem(provider, fixture.reward("SUPPLY", 10, 5, null), 1).expect(201).number("id");

        Api.Res res = api.post("/api/v1/redemptions/" + id + "/cancel", fixture.volunteer(village).token(), "");

        assertEquals(404, res.status());
        assertEquals(90, fixture.balance(provider));
    }

    @Test
    void aVoucherWaitsForThePluginAndAFailedIssueReturnsPointsAndStock() throws Exception {
        Person provider = fixture.volunteerWith(village, 10);
        long reward = fixture.reward("VOUCHER", 25, 10, null);
        long issued = redeem(provider, reward, 1).expect(201).number("id");
        Api.Res pending = redeem(provider, reward, 1).expect(201);
        assertEquals("PENDING_VOUCHER", pending.text("status"));

        RedemptionView completed = points.completeVoucher(issued, "DY-778899");
        RedemptionView failed = points.failVoucher(pending.number("id"), "platform refused");
        RedemptionView failedAgain = points.failVoucher(pending.number("id"), "platform refused");

        assertEquals(RedemptionStatus.FULFILLED, completed.status());
        assertEquals("voucher:DY-778899", completed.fulfilmentRef());
        assertEquals(RedemptionStatus.FAILED, failed.status());
        assertEquals(RedemptionStatus.FAILED, failedAgain.status());
        assertEquals(75, fixture.balance(provider));
        assertEquals(9, fixture.stock(reward));
    }

    @Test
    void aRewardOutOfItsPeriodOrRetiredIsNotOfferedNorRedeemable() {
        Person provider = fixture.volunteerWith(village, 10);
        long reward = fixture.reward("SUPPLY", 10, 5, null);
        api.put("/api/v1/admin/rewards/" + reward, admin, """
                {"name":"过期文具","kind":"SUPPLY","pointsPrice":10,"stock":5,"activeFrom":"2020-01-01","activeUntil":"2020-12-31"}""")
                .expect(200);
        Api.Res expired = redeem(provider, reward, 1);
        long retired = fixture.reward("SUPPLY", 10, 5, null);
        api.send(api.builder("/api/v1/admin/rewards/" + retired, admin).DELETE()).expect(204);
        Api.Res gone = redeem(provider, retired, 1);

        assertEquals("REWARD_NOT_AVAILABLE", expired.code());
        assertEquals("REWARD_NOT_AVAILABLE", gone.code());
        List<Long> offered = offeredIds(provider);
        assertTrue(!offered.contains(reward) && !offered.contains(retired));
        assertEquals(100, fixture.balance(provider));
    }

    private List<Long> offeredIds(Person who) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Res res = api.get("/api/v1/rewards?size=100&page=" + page, who.token()).expect(200);
            res.node("items").values().forEach(item -> ids.add(item.get("id").getLongValue()));
            if ((page + 1) * 100L >= res.number("total")) {
                return ids;
            }
        }
    }

    @Test
    void invalidRewardsAre422AndOnlyAdministratorsManageRewards() throws Exception {
        long before = fixture.count("SELECT COUNT(*) FROM reward");

        Api.Res voucherWithoutPartner = api.post("/api/v1/admin/rewards", admin,
                "{\"name\":\"券\",\"kind\":\"VOUCHER\",\"pointsPrice\":10,\"stock\":5}");
        Api.Res freeReward = api.post("/api/v1/admin/rewards", admin, "{\"name\":\"券\",\"kind\":\"SUPPLY\",\"pointsPrice\":0,\"stock\":5}");
        Api.Res negativeStock = api.post("/api/v1/admin/rewards", admin, "{\"name\":\"券\",\"kind\":\"SUPPLY\",\"pointsPrice\":1,\"stock\":-1}");
        Api.Res byVolunteer = api.post("/api/v1/admin/rewards", fixture.volunteer(village).token(),
                "{\"name\":\"券\",\"kind\":\"SUPPLY\",\"pointsPrice\":1,\"stock\":1}");

        assertEquals("partnerId", voucherWithoutPartner.text("errors.0.field"));
        assertEquals(List.of(422, 422, 422, 403), List.of(voucherWithoutPartner.status(), freeReward.status(), negativeStock.status(),
                byVolunteer.status()));
        assertEquals(before, fixture.count("SELECT COUNT(*) FROM reward"));
    }

    @Test
    void theStarsOfAYearRankByPointsEarnedThenByWhoReachedTheTotalFirst() throws Exception {
        // the year 2099 is used by this test only; entries are moved there after being earned today
        Person a = fixture.volunteer(village);
        Person b = fixture.volunteer(village);
        Person c = fixture.volunteer(village);
        Person d = fixture.volunteer(village);
        Person e = fixture.volunteer(village);
        moveClaim(fixture.earn(a, "3"), "2099-03-01T10:00:00+08:00");
        moveClaim(fixture.earn(b, "3"), "2099-02-01T10:00:00+08:00");
        moveClaim(fixture.earn(c, "1"), "2099-01-05T10:00:00+08:00");
        moveClaim(fixture.earn(c, "2"), "2099-04-01T10:00:00+08:00");
        moveClaim(fixture.earn(d, "4"), "2099-12-31T23:30:00+08:00");
        moveClaim(fixture.earn(e, "9"), "2100-01-01T00:10:00+08:00");
        fixture.earn(a, "5");
        long spent = redeem(a, fixture.reward("SUPPLY", 50, 5, null), 1).expect(201).number("id");
        db.update("UPDATE points_entry SET created_at = ? WHERE reference = ?", at("2099-05-01T10:00:00+08:00"), "redemption:" + spent);

        Api.Res stars = api.get("/api/v1/points/stars?year=2099", a.token()).expect(200);

        // d 40; then a tie at 30: b reached it in February, a in March, c in April; e earned in 2100 (Shanghai time)
        assertEquals(List.of(d.id(), b.id(), a.id(), c.id()), List.of(stars.number("items.0.accountId"), stars.number("items.1.accountId"), stars.number("items.2.accountId"),
                        stars.number("items.3.accountId")));
        assertEquals(4, stars.node("items").size());
        assertEquals(List.of(40L, 30L, 30L, 30L), List.of(stars.number("items.0.points"), stars.number("items.1.points"),
                stars.number("items.2.points"), stars.number("items.3.points")));
        assertEquals(OffsetDateTime.parse("2099-04-01T10:00:00+08:00").toInstant(),
                OffsetDateTime.parse(stars.text("items.3.reachedAt")).toInstant());
        assertEquals(1, stars.number("items.0.rank"));
        assertNotNull(stars.text("items.0.displayName"));
    }

    @Test
    void aYearOutOfRangeIs422() {
        Api.Res res = api.get("/api/v1/points/stars?year=1999", admin);

        assertEquals(422, res.status());
        assertEquals("year", res.text("errors.0.field"));
    }

    private void moveClaim(long claim, String when) throws Exception {
        db.update("UPDATE points_entry SET created_at = ? WHERE reference = ?", at(when), "claim:" + claim);
    }

    private static Timestamp at(String offsetDateTime) {
        return Timestamp.from(OffsetDateTime.parse(offsetDateTime).toInstant());
    }
}
