package org.xinqiao.fund;

import org.xinqiao.common.Quarter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.xinqiao.fund.FundWorld.line;
import static org.xinqiao.fund.FundWorld.order;
import static org.xinqiao.fund.FundWorld.thisYear;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.fund.FundWorld.PartnerWorld;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

/** Plans, the committee's votes and disbursements (RULES.md §5, Spending). */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpendingIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;

    Api api;
    Db db;
    FundWorld world;
    String admin;

    @BeforeAll
    void setUp() {
        api = new Api(server, json);
        db = new Db(dataSource);
        admin = api.adminToken();
        world = new FundWorld(api, admin);
    }

    private static String thisQuarter() {
        return Quarter.of(FundWorld.today()).toString();
    }

    private static String nextQuarter() {
        Quarter q = Quarter.of(FundWorld.today());
        return (q.quarter() == 4 ? new Quarter(q.year() + 1, 1) : new Quarter(q.year(), q.quarter() + 1)).toString();
    }

    /** A partner whose account holds {@code sales} × 8 %. */
    private PartnerWorld partnerWithSales(String sales) {
        PartnerWorld partner = world.partner("8000000.00");
        world.sales(partner.id(), admin, line(order(), sales, "COMPLETED", true, thisYear())).expect(200);
        return partner;
    }

    private Api.Res draft(String token, long partnerId, String quarter, String category, String amount) {
        return api.post("/api/v1/fund/plans", token, """
                {"partnerId":%d,"quarter":"%s","category":"%s","amount":"%s","purpose":"课后辅导"}"""
                .formatted(partnerId, quarter, category, amount));
    }

    private Api.Res vote(String token, long planId, boolean approve) {
        return api.post("/api/v1/fund/plans/" + planId + "/votes", token, "{\"approve\":" + approve + ",\"comment\":\"同意\"}");
    }

    /** Drafted by the platform member, approved by the other three. */
    private long approvedPlan(PartnerWorld partner, String quarter, String amount) {
        long plan = draft(partner.platform().token(), partner.id(), quarter, "EDUCATION", amount).expect(201).number("id");
        vote(partner.civilAffairs().token(), plan, true).expect(201);
        vote(partner.village().token(), plan, true).expect(201);
        vote(partner.guardianRep().token(), plan, true).expect(201).text("status");
        return plan;
    }

    private Api.Res disburse(String token, long planId, String amount, String key) {
        HttpRequest.Builder request = api.builder("/api/v1/fund/plans/" + planId + "/disbursements", token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"amount":"%s","payee":"长寿村留守儿童之家","purpose":"秋季学期课后辅导","childIds":[11,12]}"""
                        .formatted(amount), StandardCharsets.UTF_8));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request);
    }

    @Test
    void aPlanApprovedByAMajorityWithCivilAffairsIsPaidAndTheBalanceDropsExactly() {
        // 1,000.00 × 0.08 = 80.00
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = draft(partner.platform().token(), partner.id(), thisQuarter(), "EDUCATION", "50.00").expect(201).number("id");

        Api.Res first = vote(partner.village().token(), plan, true).expect(201);
        Api.Res second = vote(partner.guardianRep().token(), plan, true).expect(201);
        Api.Res third = vote(partner.civilAffairs().token(), plan, true).expect(201);
        Api.Res paid = disburse(partner.civilAffairs().token(), plan, "30.00", null).expect(201);

        assertEquals("PENDING", first.text("status"));
        // two of four is no majority, and civil affairs has not approved yet
        assertEquals("PENDING", second.text("status"));
        assertEquals("APPROVED", third.text("status"));
        assertEquals(3, third.number("needed"));
        assertEquals("20.00", paid.text("planRemaining"));
        assertEquals("50.00", paid.text("balance"));
        Api.Res view = world.fund(partner.id(), admin, thisYear());
        assertEquals("50.00", view.text("balance"));
        assertEquals("30.00", view.text("disbursed"));
        assertEquals("30.00", view.text("disbursedByCategory.EDUCATION"));
        // the approved plan still holds back its remaining 20.00
        assertEquals("20.00", view.text("reserved"));
        assertEquals("30.00", view.text("available"));
    }

    @Test
    void threeApprovalsWithoutCivilAffairsDoNotApprove() {
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = draft(admin, partner.id(), thisQuarter(), "LIVING", "10.00").expect(201).number("id");

        vote(partner.platform().token(), plan, true).expect(201);
        vote(partner.village().token(), plan, true).expect(201);
        Api.Res third = vote(partner.guardianRep().token(), plan, true).expect(201);

        assertEquals("PENDING", third.text("status"));
        assertEquals(3, third.number("approvals"));
        assertEquals(false, third.node("civilAffairsApproved").getBooleanValue());
    }

    @Test
    void civilAffairsSayingNoRejectsThePlan() {
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = draft(partner.village().token(), partner.id(), thisQuarter(), "PSYCHOLOGICAL", "10.00").expect(201)
                .number("id");

        Api.Res res = vote(partner.civilAffairs().token(), plan, false).expect(201);

        assertEquals("REJECTED", res.text("status"));
        assertEquals("PLAN_NOT_OPEN", vote(partner.platform().token(), plan, true).code());
    }

    @Test
    void aPlanForAnyOtherCategoryIsRefusedAndNothingIsWritten() throws SQLException {
        PartnerWorld partner = partnerWithSales("1000.00");

        Api.Res res = draft(partner.platform().token(), partner.id(), thisQuarter(), "TRAVEL", "10.00");

        assertEquals(422, res.status());
        assertEquals("CATEGORY_NOT_ALLOWED", res.code());
        assertEquals("0", db.text("SELECT COUNT(*) FROM fund_plan WHERE partner_id = ?", partner.id()));
    }

    @Test
    void theCivilAffairsMemberCannotDraft() {
        PartnerWorld partner = partnerWithSales("1000.00");

        Api.Res res = draft(partner.civilAffairs().token(), partner.id(), thisQuarter(), "EDUCATION", "10.00");

        assertEquals(422, res.status());
        assertEquals("CIVIL_AFFAIRS_MEMBER_CANNOT_DRAFT", res.code());
    }

    @Test
    void aVoteByANonMemberIsRefusedAndNothingIsWritten() throws SQLException {
        PartnerWorld partner = partnerWithSales("1000.00");
        PartnerWorld other = world.partner("100.00");
        long plan = draft(partner.platform().token(), partner.id(), thisQuarter(), "EDUCATION", "10.00").expect(201).number("id");

        Api.Res res = vote(other.civilAffairs().token(), plan, true);

        assertEquals(403, res.status());
        assertEquals("NOT_A_COMMITTEE_MEMBER", res.code());
        assertEquals("0", db.text("SELECT COUNT(*) FROM fund_plan_vote WHERE plan_id = ?", plan));
    }

    @Test
    void theDrafterCannotVoteOnTheirOwnPlan() throws SQLException {
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = draft(partner.platform().token(), partner.id(), thisQuarter(), "EDUCATION", "10.00").expect(201).number("id");

        Api.Res res = vote(partner.platform().token(), plan, true);

        assertEquals(403, res.status());
        assertEquals("DRAFTER_CANNOT_VOTE", res.code());
        assertEquals("0", db.text("SELECT COUNT(*) FROM fund_plan_vote WHERE plan_id = ?", plan));
    }

    @Test
    void aMemberVotesOnceOnAPlan() {
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = draft(partner.platform().token(), partner.id(), thisQuarter(), "EDUCATION", "10.00").expect(201).number("id");
        vote(partner.village().token(), plan, true).expect(201);

        Api.Res again = vote(partner.village().token(), plan, false);

        assertEquals(409, again.status());
        assertEquals("DUPLICATE", again.code());
    }

    @Test
    void aPlanIsApprovedOnlyIfTheUnreservedBalanceCoversIt() throws SQLException {
        // 80.00 in the account; a first plan of 60.00 reserves 60.00, leaving 20.00
        PartnerWorld partner = partnerWithSales("1000.00");
        approvedPlan(partner, thisQuarter(), "60.00");
        long second = draft(partner.platform().token(), partner.id(), thisQuarter(), "LIVING", "30.00").expect(201).number("id");
        vote(partner.village().token(), second, true).expect(201);
        vote(partner.guardianRep().token(), second, true).expect(201);

        Api.Res deciding = vote(partner.civilAffairs().token(), second, true);

        assertEquals(409, deciding.status());
        assertEquals("INSUFFICIENT_FUND_BALANCE", deciding.code());
        assertEquals("PENDING", db.text("SELECT status FROM fund_plan WHERE id = ?", second));
        assertEquals("2", db.text("SELECT COUNT(*) FROM fund_plan_vote WHERE plan_id = ?", second));
    }

    @Test
    void aDisbursementAboveThePlansRemainderIsRefusedAndNothingIsWritten() throws SQLException {
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = approvedPlan(partner, thisQuarter(), "50.00");
        disburse(admin, plan, "30.00", null).expect(201);

        Api.Res res = disburse(admin, plan, "20.01", null);

        assertEquals(409, res.status());
        assertEquals("EXCEEDS_PLAN_REMAINDER", res.code());
        assertEquals("1", db.text("SELECT COUNT(*) FROM fund_disbursement WHERE plan_id = ?", plan));
        assertEquals("50.00", db.text("SELECT balance FROM fund_account WHERE partner_id = ?", partner.id()));
    }

    @Test
    void aDisbursementAboveTheBalanceIsRefusedAndNothingIsWritten() throws SQLException {
        // 80.00 accrued, a plan of 80.00 approved, then a refund takes back 40.00 (500.00 × 0.08)
        PartnerWorld partner = world.partner("8000000.00");
        String refunded = order();
        world.sales(partner.id(), admin, line(order(), "500.00", "COMPLETED", true, thisYear()),
                line(refunded, "500.00", "COMPLETED", true, thisYear())).expect(200);
        long plan = approvedPlan(partner, thisQuarter(), "80.00");
        world.sales(partner.id(), admin, line(refunded, "500.00", "REFUNDED", true, thisYear())).expect(200);

        Api.Res res = disburse(partner.civilAffairs().token(), plan, "40.01", null);

        assertEquals(409, res.status());
        assertEquals("INSUFFICIENT_FUND_BALANCE", res.code());
        assertEquals("0", db.text("SELECT COUNT(*) FROM fund_disbursement WHERE plan_id = ?", plan));
        assertEquals("40.00", db.text("SELECT balance FROM fund_account WHERE partner_id = ?", partner.id()));
    }

    @Test
    void aDisbursementOnAPlanOfAnotherQuarterIsRefused() throws SQLException {
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = approvedPlan(partner, nextQuarter(), "50.00");

        Api.Res res = disburse(admin, plan, "10.00", null);

        assertEquals(409, res.status());
        assertEquals("PLAN_OUT_OF_QUARTER", res.code());
        assertEquals("0", db.text("SELECT COUNT(*) FROM fund_disbursement WHERE plan_id = ?", plan));
    }

    @Test
    void aDisbursementOnAPlanNotYetApprovedIsRefused() {
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = draft(partner.platform().token(), partner.id(), thisQuarter(), "EDUCATION", "10.00").expect(201).number("id");

        Api.Res res = disburse(admin, plan, "10.00", null);

        assertEquals(409, res.status());
        assertEquals("PLAN_NOT_APPROVED", res.code());
    }

    @Test
    void aPlanForAQuarterThatIsOverCannotBeDrafted() {
        PartnerWorld partner = partnerWithSales("1000.00");

        Api.Res res = draft(partner.platform().token(), partner.id(), "2020-Q1", "EDUCATION", "10.00");

        assertEquals(409, res.status());
        assertEquals("PLAN_OUT_OF_QUARTER", res.code());
    }

    @Test
    void aDisbursementNamesTheChildrenOrTheProgrammeItServes() {
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = approvedPlan(partner, thisQuarter(), "50.00");

        Api.Res res = api.post("/api/v1/fund/plans/" + plan + "/disbursements", admin,
                "{\"amount\":\"10.00\",\"payee\":\"某书店\",\"purpose\":\"图书\"}");

        assertEquals(422, res.status());
        assertEquals("childIds", res.text("errors.0.field"));
    }

    @Test
    void aRetriedDisbursementWithTheSameKeyPaysOnce() throws SQLException {
        PartnerWorld partner = partnerWithSales("1000.00");
        long plan = approvedPlan(partner, thisQuarter(), "50.00");
        String key = UUID.randomUUID().toString();

        Api.Res first = disburse(admin, plan, "10.00", key).expect(201);
        Api.Res retry = disburse(admin, plan, "10.00", key).expect(201);

        assertEquals(first.number("id"), retry.number("id"));
        assertEquals("1", db.text("SELECT COUNT(*) FROM fund_disbursement WHERE plan_id = ?", plan));
        assertEquals("70.00", db.text("SELECT balance FROM fund_account WHERE partner_id = ?", partner.id()));
    }

    @Test
    void twentyConcurrentDisbursementsThatTogetherExceedTheBalanceNeverTakeItBelowZero() throws Exception {
        // 80.00 accrued, a plan of 80.00 approved, then a refund leaves 40.00: room for 8 payments of 5.00 out of 20
        PartnerWorld partner = world.partner("8000000.00");
        String refunded = order();
        world.sales(partner.id(), admin, line(order(), "500.00", "COMPLETED", true, thisYear()),
                line(refunded, "500.00", "COMPLETED", true, thisYear())).expect(200);
        long plan = approvedPlan(partner, thisQuarter(), "80.00");
        world.sales(partner.id(), admin, line(refunded, "500.00", "REFUNDED", true, thisYear())).expect(200);
        List<Callable<Api.Res>> payments = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            payments.add(() -> disburse(partner.civilAffairs().token(), plan, "5.00", UUID.randomUUID().toString()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);

        List<Future<Api.Res>> answers = pool.invokeAll(payments);
        pool.shutdown();

        int paid = 0;
        for (Future<Api.Res> answer : answers) {
            Api.Res res = answer.get();
            if (res.status() == 201) {
                paid++;
            } else {
                assertEquals(409, res.status(), res.raw());
                assertEquals("INSUFFICIENT_FUND_BALANCE", res.code());
            }
        }
        assertEquals(8, paid);
        BigDecimal balance = new BigDecimal(db.text("SELECT balance FROM fund_account WHERE partner_id = ?", partner.id()));
        assertEquals(new BigDecimal("0.00"), balance);
        assertEquals("8", db.text("SELECT COUNT(*) FROM fund_disbursement WHERE plan_id = ?", plan));
        assertEquals("40.00", db.text("SELECT disbursed FROM fund_plan WHERE id = ?", plan));
        assertTrue(balance.signum() >= 0);
    }
}
