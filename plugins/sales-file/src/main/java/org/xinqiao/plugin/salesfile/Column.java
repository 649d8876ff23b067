package org.xinqiao.plugin.salesfile;

/** The headings of an order export, as the shops' back offices write them. */
enum Column {
    ORDER_ID("主订单编号"),
    LINE_ID("子订单编号"),
    STORE("店铺名称"),
    PRODUCT("商品名称"),
    CATEGORY("商品类目"),
    QUANTITY("商品数量"),
    UNIT_PRICE("商品单价"),
    AMOUNT_PAYABLE("订单应付金额"),
    DISCOUNT("优惠总金额"),
    PAID_AT("支付完成时间"),
    ORDER_STATUS("订单状态"),
    AFTER_SALE_STATUS("售后状态");

    final String heading;

    Column(String heading) {
        this.heading = heading;
    }
}
