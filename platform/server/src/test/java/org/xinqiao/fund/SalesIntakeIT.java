package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.xinqiao.fund.FundWorld.line;
import static org.xinqiao.fund.FundWorld.order;
import static org.xinqiao.fund.FundWorld.thisYear;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.fund.FundWorld.PartnerWorld;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.plugin.api.SaleStatus;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

/** One intake for every source: a line counts once, a refund reverses exactly, and the year closes exactly. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SalesIntakeIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    FundService fund;

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

    /** The nine rows of the sample export, paid on 2 January of this year; one row is there twice. */
    private static String[] theSampleExport(String prefix) {
        int y = thisYear();
        return new String[] {
            sample(prefix + "1", "1", "79.80", "COMPLETED", true, y),
            sample(prefix + "2", "1", "83.00", "COMPLETED", true, y),
            sample(prefix + "3", "1", "88.50", "COMPLETED", true, y),
            sample(prefix + "3", "2", "15.00", "COMPLETED", false, y),
            sample(prefix + "4", "1", "39.90", "REFUNDED", true, y),
            sample(prefix + "5", "1", "129.80", "COMPLETED", true, y),
            sample(prefix + "6", "1", "119.00", "PAID", true, y),
            sample(prefix + "7", "1", "69.90", "CLOSED", true, y),
            sample(prefix + "5", "1", "129.80", "COMPLETED", true, y),
        };
    }

    private static String sample(String order, String line, String amount, String status, boolean agricultural, int year) {
        return """
                {"platformOrderId":"%s","lineId":"%s-%s","amountPaid":"%s","paidAt":"%d-01-02T20:15:33+08:00",
                 "status":"%s","agricultural":%s}""".formatted(order, order, line, amount, year, status, agricultural);
    }

    @Test
    void theSampleExportCountsItsFiveAgriculturalSalesAtTheProvisionalRate() throws SQLException {
        PartnerWorld partner = world.partner("8000000.00");

        Api.Res res = world.sales(partner.id(), partner.civilAffairs().token(), theSampleExport(order())).expect(200);

        assertEquals(5, res.number("accepted"));
        assertEquals(1, res.number("duplicates"));
        assertEquals(0, res.number("reversed"));
        // the phone holder (not agricultural), the closed order and the refund that came before any sale
        assertEquals(3, res.number("ignored"));
        Api.Res view = world.fund(partner.id(), partner.civilAffairs().token(), thisYear()).expect(200);
        // 79.80 + 83.00 + 88.50 + 129.80 + 119.00 = 500.10
        assertEquals("500.10", view.text("annualSales"));
        // expected 8,000,000 is in the 8 % band; line by line: 6.384→6.38, 6.64, 7.08, 10.384→10.38, 9.52 = 40.00
        assertEquals("0.08", view.text("provisionalRate"));
        assertEquals("S <= 10000000.00", view.text("provisionalBand"));
        assertEquals("40.00", view.text("accrued"));
        assertEquals("40.00", view.text("balance"));
        assertEquals("40.00", db.text("SELECT balance FROM fund_account WHERE partner_id = ?", partner.id()));
        assertEquals("0.080000", db.text("SELECT MIN(rate) FROM fund_entry WHERE partner_id = ? AND kind = 'ACCRUAL'",
                partner.id()));
    }

    @Test
    void theSameFileImportedTwiceCountsOnce() {
        PartnerWorld partner = world.partner("8000000.00");
        String[] export = theSampleExport(order());

        world.sales(partner.id(), admin, export).expect(200);
        Api.Res again = world.sales(partner.id(), admin, export).expect(200);

        assertEquals(0, again.number("accepted"));
        // the five sales, the remembered refund and the row the export repeats; the other two do not count
        assertEquals(7, again.number("duplicates"));
        assertEquals(2, again.number("ignored"));
        assertEquals("500.10", world.fund(partner.id(), admin, thisYear()).text("annualSales"));
    }

    @Test
    void theSameOrderDeliveredBySyncWebhookAndFileCountsOnce() throws SQLException {
        PartnerWorld partner = world.partner("8000000.00");
        SaleLine sale = saleLine(order(), "123.45", SaleStatus.PAID);
        SaleLine shipped = new SaleLine(sale.platformOrderId(), sale.lineId(), "", "", "", 1, sale.amountPaid(),
                sale.paidAt(), SaleStatus.SHIPPED, true);

        IntakeResult bySync = fund.intake(partner.id(), "sync", List.of(sale));
        IntakeResult byWebhook = fund.intake(partner.id(), "webhook", List.of(shipped));
        IntakeResult byFile = fund.intake(partner.id(), "file", List.of(sale));

        assertEquals(new IntakeResult(1, 0, 0, 0), bySync);
        assertEquals(new IntakeResult(0, 1, 0, 0), byWebhook);
        assertEquals(new IntakeResult(0, 1, 0, 0), byFile);
        Api.Res view = world.fund(partner.id(), admin, thisYear());
        assertEquals("123.45", view.text("annualSales"));
        // 123.45 × 0.08 = 9.876 → 9.88
        assertEquals("9.88", view.text("accrued"));
        assertEquals("1", db.text("SELECT COUNT(*) FROM fund_entry WHERE partner_id = ?", partner.id()));
    }

    @Test
    void aRefundReversesExactlyWhatItsSaleAccrued() throws SQLException {
        PartnerWorld partner = world.partner("8000000.00");
        String kept = order();
        String refunded = order();
        world.sales(partner.id(), admin, line(kept, "100.00", "COMPLETED", true, thisYear()),
                line(refunded, "123.45", "PAID", true, thisYear())).expect(200);

        Api.Res res = world.sales(partner.id(), admin, line(refunded, "123.45", "REFUNDED", true, thisYear())).expect(200);
        Api.Res replayed = world.sales(partner.id(), admin, line(refunded, "123.45", "REFUNDED", true, thisYear())).expect(200);

        assertEquals(1, res.number("reversed"));
        assertEquals(1, replayed.number("duplicates"));
        Api.Res view = world.fund(partner.id(), admin, thisYear());
        assertEquals("100.00", view.text("annualSales"));
        // 8.00 + 9.88 − 9.88
        assertEquals("8.00", view.text("accrued"));
        assertEquals("8.00", view.text("balance"));
        assertEquals("-9.88", db.text("SELECT amount FROM fund_entry WHERE partner_id = ? AND kind = 'REVERSAL'", partner.id()));
    }

    @Test
    void aRefundThatArrivesFirstKeepsItsSaleFromEverCounting() {
        PartnerWorld partner = world.partner("8000000.00");
        String id = order();

        Api.Res refund = world.sales(partner.id(), admin, line(id, "50.00", "REFUNDED", true, thisYear())).expect(200);
        Api.Res sale = world.sales(partner.id(), admin, line(id, "50.00", "COMPLETED", true, thisYear())).expect(200);

        assertEquals(1, refund.number("ignored"));
        assertEquals(0, sale.number("accepted"));
        assertEquals(1, sale.number("duplicates"));
        assertEquals("0.00", world.fund(partner.id(), admin, thisYear()).text("annualSales"));
    }

    @Test
    void tenConcurrentDeliveriesOfOneOrderCountItOnce() throws Exception {
        PartnerWorld partner = world.partner("8000000.00");
        SaleLine sale = saleLine(order(), "100.00", SaleStatus.COMPLETED);
        String[] sources = {"sync", "webhook", "file", "manual"};
        List<Callable<IntakeResult>> deliveries = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String source = sources[i % sources.length];
            deliveries.add(() -> fund.intake(partner.id(), source, List.of(sale)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);

        List<Future<IntakeResult>> results = pool.invokeAll(deliveries);
        pool.shutdown();

        int accepted = 0;
        for (Future<IntakeResult> result : results) {
            accepted += result.get().accepted();
        }
        assertEquals(1, accepted);
        assertEquals("1", db.text("SELECT COUNT(*) FROM fund_sale WHERE partner_id = ?", partner.id()));
        assertEquals("8.00", db.text("SELECT balance FROM fund_account WHERE partner_id = ?", partner.id()));
    }

    @Test
    void concurrentSalesOfManyOrdersAllCountAndTheBalanceIsTheirSum() throws Exception {
        PartnerWorld partner = world.partner("8000000.00");
        List<Callable<Integer>> deliveries = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            SaleLine sale = saleLine(order(), "12.50", SaleStatus.PAID);
            deliveries.add(() -> world.sales(partner.id(), admin,
                    line(sale.platformOrderId(), "12.50", "PAID", true, thisYear())).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);

        List<Future<Integer>> statuses = pool.invokeAll(deliveries);
        pool.shutdown();

        for (Future<Integer> status : statuses) {
            assertEquals(200, status.get());
        }
        // 20 × round(12.50 × 0.08 = 1.00) = 20.00
        assertEquals("20.00", db.text("SELECT balance FROM fund_account WHERE partner_id = ?", partner.id()));
        assertEquals("250.00", world.fund(partner.id(), admin, thisYear()).text("annualSales"));
    }

    @Test
    void aNonAgriculturalLineNeverCounts() {
        PartnerWorld partner = world.partner("8000000.00");

        Api.Res res = world.sales(partner.id(), admin, line(order(), "15.00", "COMPLETED", false, thisYear())).expect(200);

        assertEquals(1, res.number("ignored"));
        assertEquals("0.00", world.fund(partner.id(), admin, thisYear()).text("annualSales"));
    }

    @Test
    void aLineWithAnAmountFinerThanTheFenIsRefusedAndNothingOfItsDeliveryIsWritten() throws SQLException {
        PartnerWorld partner = world.partner("8000000.00");
        SaleLine good = saleLine(order(), "10.00", SaleStatus.PAID);
        SaleLine bad = saleLine(order(), "10.005", SaleStatus.PAID);

        DomainException refused = assertThrows(DomainException.class,
                () -> fund.intake(partner.id(), "sync", List.of(good, bad)));
        Api.Res overHttp = world.sales(partner.id(), admin, line(order(), "10.005", "PAID", true, thisYear()));

        assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
        assertEquals(422, overHttp.status());
        assertEquals("VALIDATION_FAILED", overHttp.code());
        assertEquals("0", db.text("SELECT COUNT(*) FROM fund_sale WHERE partner_id = ?", partner.id()));
    }

    @Test
    void salesOfAnUnknownPartnerAreNotFound() {
        Api.Res res = world.sales(Long.MAX_VALUE, admin, line(order(), "10.00", "PAID", true, thisYear()));

        assertEquals(404, res.status());
        assertEquals("NOT_FOUND", res.code());
    }

    @Test
    void afterAnExcellentYearEachSaleAccruesOnePointLess() {
        PartnerWorld partner = world.partner("8000000.00");
        api.put("/api/v1/admin/partners/" + partner.id() + "/ratings/" + (thisYear() - 1), admin,
                "{\"rating\":\"EXCELLENT\"}").expect(200);

        world.sales(partner.id(), admin, line(order(), "100.00", "PAID", true, thisYear())).expect(200);

        Api.Res view = world.fund(partner.id(), admin, thisYear());
        // 100.00 × (0.08 − 0.01) = 7.00
        assertEquals("0.07", view.text("provisionalRate"));
        assertEquals("7.00", view.text("accrued"));
        assertEquals(true, view.node("excellentLastYear").getBooleanValue());
    }

    @Test
    void aPartnerThatGrewPastFiftyMillionGetsANegativeTrueUpAndItsStatementAddsUp() throws SQLException {
        PartnerWorld partner = world.partner("5000000.00");
        int lastYear = thisYear() - 1;
        world.sales(partner.id(), admin, line(order(), "20000000.00", "COMPLETED", true, lastYear),
                line(order(), "25000000.00", "COMPLETED", true, lastYear),
                line(order(), "15000000.00", "COMPLETED", true, lastYear)).expect(200);
        // provisionally at the declared 5,000,000's 8 %: 1,600,000 + 2,000,000 + 1,200,000 = 4,800,000.00
        assertEquals("4800000.00", world.fund(partner.id(), admin, lastYear).text("accrued"));

        fund.trueUp(lastYear);
        fund.trueUp(lastYear);

        // 60,000,000 × 0.03 = 1,800,000.00; 1,800,000 − 4,800,000 = −3,000,000.00, written once
        assertEquals("-3000000.00", db.text("SELECT amount FROM fund_entry WHERE partner_id = ? AND kind = 'TRUE_UP'",
                partner.id()));
        assertEquals("1", db.text("SELECT COUNT(*) FROM fund_entry WHERE partner_id = ? AND kind = 'TRUE_UP'", partner.id()));
        Api.Res statement = api.get("/api/v1/partners/" + partner.id() + "/statements/" + lastYear,
                partner.village().token()).expect(200);
        assertEquals("60000000.00", statement.text("annualSales"));
        assertEquals("S >= 50000000.00", statement.text("band"));
        assertEquals("0.03", statement.text("rate"));
        assertEquals("1800000.00", statement.text("welfareInput"));
        assertEquals("1800000.00", statement.text("accrued"));
        assertEquals(true, statement.node("trueUpDone").getBooleanValue());
        assertEquals("1800000.00", statement.text("closingBalance"));
        // 0.5 % of 60,000,000 = 300,000.00; 50 % of 1,800,000 = 900,000.00
        assertEquals("300000.00", statement.text("logisticsSubsidy"));
        assertEquals("900000.00", statement.text("taxCredit"));
        assertEquals("1800000.00", world.fund(partner.id(), admin, thisYear()).text("balance"));
    }

    @Test
    void aLateRefundOfAClosedYearLeavesItsAccrualExactWithoutAnotherTrueUp() throws SQLException {
        PartnerWorld partner = world.partner("8000000.00");
        int lastYear = thisYear() - 1;
        String refunded = order();
        world.sales(partner.id(), admin, line(order(), "1000.00", "COMPLETED", true, lastYear),
                line(refunded, "500.00", "COMPLETED", true, lastYear)).expect(200);
        fund.trueUp(lastYear);

        world.sales(partner.id(), admin, line(refunded, "500.00", "REFUNDED", true, lastYear)).expect(200);
        fund.trueUp(lastYear);

        // 80.00 + 40.00 accrued, true-up 0.00, reversal −40.00, then 1,000 × 0.08 = 80.00 already: nothing more
        assertEquals("80.00", world.fund(partner.id(), admin, lastYear).text("accrued"));
        assertEquals("1", db.text("SELECT COUNT(*) FROM fund_entry WHERE partner_id = ? AND kind = 'TRUE_UP'", partner.id()));
    }

    @Test
    void theCurrentYearCannotBeTrueUpped() {
        DomainException refused = assertThrows(DomainException.class, () -> fund.trueUp(thisYear()));

        assertEquals(ErrorCode.YEAR_NOT_CLOSED, refused.code());
    }

    @Test
    void someoneOffTheCommitteeWithoutAFundRoleCannotSeeTheFund() {
        PartnerWorld partner = world.partner("100.00");
        String volunteer = world.staff("VOLUNTEER").token();

        Api.Res res = world.fund(partner.id(), volunteer, thisYear());

        assertEquals(403, res.status());
    }

    private static SaleLine saleLine(String orderId, String amount, SaleStatus status) {
        return new SaleLine(orderId, orderId + "-1", "长寿镇田间直播间", "钟祥葛粉 500g", "农产品/粮油米面", 1, new BigDecimal(amount),
                OffsetDateTime.of(thisYear(), 1, 2, 10, 0, 0, 0, java.time.ZoneOffset.ofHours(8)).toInstant(), status, true);
    }
}
