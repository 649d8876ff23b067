package org.xinqiao.plugin.salesfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xinqiao.plugin.api.OrderFile;
import org.xinqiao.plugin.api.RowProblem;

/** A file with any bad row yields no lines, and each bad row is named by its line number. */
class RejectedExportsTest {

    private static final String HEADINGS =
            "主订单编号,子订单编号,店铺名称,商品名称,商品类目,商品数量,商品单价,订单应付金额,优惠总金额,支付完成时间,订单状态,售后状态\n";
    private static final String GOOD =
            "6931001000000001,6931001000000001-1,长寿镇田间直播间,钟祥葛粉 500g,农产品/粮油米面,2,39.90,79.80,0.00,2026-03-02 20:15:33,已完成,无\n";

    private final OrderExportReader reader = new OrderExportReader();

    @Test
    void aGoodFileWithAByteOrderMarkIsAccepted() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (HEADINGS + GOOD).getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, file, 0, bom.length);
        System.arraycopy(text, 0, file, bom.length, text.length);

        OrderFile result = reader.read("orders.csv", new ByteArrayInputStream(file));

        assertTrue(result.isAccepted());
        assertEquals("6931001000000001", result.lines().get(0).platformOrderId());
    }

    @Test
    void aBadAmountRejectsTheWholeFileNamingItsLine() {
        OrderFile result = read(HEADINGS + GOOD
                + "6931001000000002,6931001000000002-1,长寿镇田间直播间,土蜂蜜 1kg,农产品/蜂蜜,1,88.00,83.0O,5.00,2026-03-02 20:16:10,已完成,无\n");

        assertFalse(result.isAccepted());
        assertTrue(result.lines().isEmpty());
        assertEquals(List.of(new RowProblem(3, "订单应付金额",
                "订单应付金额 must be an amount in yuan such as 39.90, not '83.0O'")), result.problems());
    }

    @Test
    void aBadDateAndABadQuantityOnOneRowAreBothReported() {
        OrderFile result = read(HEADINGS
                + "6931001000000002,6931001000000002-1,长寿镇田间直播间,土蜂蜜 1kg,农产品/蜂蜜,0,88.00,83.00,5.00,2026/03/02 20:16,已完成,无\n");

        assertEquals(List.of("商品数量", "支付完成时间"), result.problems().stream().map(RowProblem::column).toList());
        assertTrue(result.problems().stream().allMatch(p -> p.lineNumber() == 2));
    }

    @Test
    void aMissingColumnIsReportedOnTheHeadingLine() {
        OrderFile result = read(HEADINGS.replace(",售后状态", "") + GOOD);

        assertEquals(List.of(new RowProblem(1, "售后状态", "missing column 售后状态")), result.problems());
    }

    @Test
    void anEmptyRequiredValueIsAProblem() {
        OrderFile result = read(HEADINGS + GOOD.replace("长寿镇田间直播间", ""));

        assertEquals("店铺名称", result.problems().get(0).column());
    }

    @Test
    void anUnknownStatusIsRejectedRatherThanGuessed() {
        OrderFile result = read(HEADINGS + GOOD.replace(",无\n", ",部分退款\n"));

        assertEquals("售后状态", result.problems().get(0).column());
    }

    @Test
    void theSameLineIdWithOtherValuesIsAProblem() {
        OrderFile result = read(HEADINGS + GOOD + GOOD.replace(",2,39.90,79.80,", ",1,39.90,39.90,"));

        assertEquals(3, result.problems().get(0).lineNumber());
        assertEquals("子订单编号", result.problems().get(0).column());
    }

    @Test
    void unpaidOrdersAreNotSalesAndAreLeftOut() {
        OrderFile result = read(HEADINGS + GOOD
                + "6931001000000009,6931001000000009-1,长寿镇田间直播间,干香菇 250g,农产品/干货,1,29.50,29.50,0.00,,待付款,无\n");

        assertEquals(1, result.lines().size());
    }

    @Test
    void aFileSavedAsGbkIsRejectedWithAHint() {
        byte[] gbk = (HEADINGS + GOOD).getBytes(Charset.forName("GBK"));

        OrderFile result = reader.read("orders.csv", new ByteArrayInputStream(gbk));

        assertTrue(result.problems().get(0).message().contains("UTF-8"));
    }

    @Test
    void onlyCsvFilesAreAccepted() {
        assertTrue(reader.accepts("订单导出.CSV"));
        assertFalse(reader.accepts("订单导出.xlsx"));
    }

    private OrderFile read(String csv) {
        return reader.read("orders.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
