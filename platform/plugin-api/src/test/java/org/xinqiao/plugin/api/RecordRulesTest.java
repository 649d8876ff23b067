package org.xinqiao.plugin.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The invariants the records promise to every plugin and to the server. */
class RecordRulesTest {

    private static final Instant NINE = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void aWindowMustEndAfterItStarts() {
        assertThrows(IllegalArgumentException.class, () -> OrderQuery.firstPage(NINE, NINE));
    }

    @Test
    void theNextQueryKeepsTheWindowAndTakesThePageCursor() {
        OrderQuery first = OrderQuery.firstPage(NINE, NINE.plusSeconds(3600));

        OrderQuery second = first.next(new OrderPage(List.of(), "page:1"));

        assertEquals(first.from(), second.from());
        assertEquals("page:1", second.pageCursor().orElseThrow());
        assertThrows(IllegalStateException.class, () -> second.next(OrderPage.last(List.of())));
    }

    @Test
    void aPaidLineNeedsItsPaymentTimeButAClosedOneDoesNot() {
        assertThrows(IllegalArgumentException.class, () -> line(SaleStatus.PAID, null));

        SaleLine closed = line(SaleStatus.CLOSED, null);

        assertEquals("6931001000000007/6931001000000007-1", closed.key());
    }

    @Test
    void aFileWithProblemsYieldsNoLines() {
        SaleLine line = line(SaleStatus.PAID, NINE);
        List<RowProblem> problems = List.of(new RowProblem(3, "商品数量", "not a whole number"));

        assertThrows(IllegalArgumentException.class, () -> new OrderFile(List.of(line), problems));
        assertFalse(OrderFile.rejected(problems).isAccepted());
        assertTrue(OrderFile.accepted(List.of(line)).isAccepted());
    }

    @Test
    void webhookHeadersAreFoundWhateverTheirCase() {
        byte[] body = {1, 2, 3};
        WebhookRequest request = new WebhookRequest(Map.of("Event-Sign", List.of("abc")), body);
        body[0] = 9;

        assertEquals("abc", request.header("event-sign").orElseThrow());
        assertArrayEquals(new byte[] {1, 2, 3}, request.body());
    }

    @Test
    void aMissingSettingIsAPluginFailureNamingTheKeyOnly() {
        PartnerContext ctx = new PartnerContext("p-1", Map.of("appKey", " 123 ", "blank", " "), PluginLog.NONE);

        assertEquals("123", ctx.requiredSetting("appKey"));
        assertTrue(ctx.setting("blank").isEmpty());
        PluginException e = assertThrows(PluginException.class, () -> ctx.requiredSetting("appSecret"));
        assertTrue(e.getMessage().contains("appSecret"));
    }

    private static SaleLine line(SaleStatus status, Instant paidAt) {
        return new SaleLine("6931001000000007", "6931001000000007-1", "库尔勒香梨直播间", "库尔勒香梨 5kg 礼盒",
                "农产品/水果", 1, new BigDecimal("69.90"), paidAt, status, true);
    }
}
