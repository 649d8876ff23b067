package org.xinqiao.plugin.salesfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.xinqiao.plugin.api.OrderFile;
import org.xinqiao.plugin.api.SaleLine;
import org.xinqiao.plugin.api.SaleStatus;

/** The sample export of /work/shared/data/orders yields exactly what its README says. */
class TheSampleExportTest {

    private static List<SaleLine> lines;

    @BeforeAll
    static void readTheSample() throws IOException {
        try (InputStream in = TheSampleExportTest.class.getResourceAsStream("/livestream-export-sample.csv")) {
            OrderFile file = new OrderExportReader().read("livestream-export-sample.csv", in);
            assertTrue(file.isAccepted(), () -> "rejected: " + file.problems());
            lines = file.lines();
        }
    }

    @Test
    void theExactDuplicateRowCountsOnceLeavingEightLines() {
        assertEquals(8, lines.size());
        assertEquals(8, lines.stream().map(SaleLine::key).distinct().count());
    }

    /**
     * The sample's README says "6 lines are agricultural", but its own data has seven 农产品 lines
     * among the eight (the phone holder is the only other one), and its 500.10 is the sum of the five
     * of them that are neither refunded nor closed: 7 - 1 - 1 = 5. We pin what the data says.
     */
    @Test
    void everyLineButThePhoneHolderIsAgricultural() {
        assertEquals(7, lines.stream().filter(SaleLine::agricultural).count());
        assertEquals(2, closedOrRefundedAgricultural());
        SaleLine holder = line("6931001000000003-2");
        assertEquals("数码配件", holder.category());
        assertEquals(false, holder.agricultural());
    }

    @Test
    void theRefundedLineAndTheClosedOrderAreFlagged() {
        assertEquals(SaleStatus.REFUNDED, line("6931001000000004-1").status());
        assertEquals(SaleStatus.CLOSED, line("6931001000000007-1").status());
        assertEquals(SaleStatus.PAID, line("6931001000000006-1").status());
        assertEquals(SaleStatus.COMPLETED, line("6931001000000001-1").status());
    }

    @Test
    void amountsAreWhatTheBuyerPaidAfterDiscounts() {
        assertEquals(new BigDecimal("83.00"), line("6931001000000002-1").amountPaid());
        assertEquals(new BigDecimal("129.80"), line("6931001000000005-1").amountPaid());
        assertEquals(2, line("6931001000000005-1").quantity());
    }

    @Test
    void paymentTimesAreShanghaiWallTime() {
        assertEquals(Instant.parse("2026-03-02T12:15:33Z"), line("6931001000000001-1").paidAt());
    }

    @Test
    void theCountedAgriculturalSalesAre500Point10InTotal() {
        assertEquals(new BigDecimal("500.10"), counted().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void theCountedAgriculturalSalesSplitBetweenTheTwoStores() {
        assertEquals(Map.of("长寿镇田间直播间", new BigDecimal("251.30"), "库尔勒香梨直播间", new BigDecimal("248.80")),
                counted());
    }

    /** The server's counting rule: agricultural, and neither closed nor refunded. */
    private static Map<String, BigDecimal> counted() {
        return lines.stream()
                .filter(l -> l.agricultural() && l.status() != SaleStatus.CLOSED && l.status() != SaleStatus.REFUNDED)
                .collect(Collectors.groupingBy(SaleLine::storeName, TreeMap::new,
                        Collectors.reducing(BigDecimal.ZERO, SaleLine::amountPaid, BigDecimal::add)));
    }

    private static long closedOrRefundedAgricultural() {
        return lines.stream()
                .filter(l -> l.agricultural() && (l.status() == SaleStatus.CLOSED || l.status() == SaleStatus.REFUNDED))
                .count();
    }

    private static SaleLine line(String lineId) {
        return lines.stream().filter(l -> l.lineId().equals(lineId)).findFirst().orElseThrow();
    }
}
