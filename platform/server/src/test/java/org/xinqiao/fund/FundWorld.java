package org.xinqiao.fund;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.xinqiao.support.Api;

/** Staff, committees and partners made over HTTP with fresh names, for the fund's integration tests. */
final class FundWorld {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Api api;
    private final String admin;

    FundWorld(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    record Staff(long id, String token) {
    }

    /** A partner and the four members of its committee, each logged in. */
    record PartnerWorld(long id, String name, Staff civilAffairs, Staff platform, Staff village, Staff guardianRep) {
    }

    Staff staff(String... roles) {
        String username = "fund-" + UUID.randomUUID().toString().substring(0, 18);
        StringBuilder list = new StringBuilder();
        for (String role : roles) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(role).append('"');
        }
        long id = api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"fund-password-1","displayName":"%s","roles":[%s]}"""
                .formatted(username, username, list)).expect(201).number("id");
        return new Staff(id, api.passwordLogin(username, "fund-password-1"));
    }

    PartnerWorld partner(String expectedAnnualSales) {
        Staff civilAffairs = staff("CIVIL_AFFAIRS", "FUND_COMMITTEE");
        Staff platform = staff("PARTNER", "FUND_COMMITTEE");
        Staff village = staff("FUND_COMMITTEE");
        Staff guardianRep = staff("FUND_COMMITTEE");
        String name = "合作企业-" + UUID.randomUUID();
        long id = createPartner(civilAffairs.token(), name, expectedAnnualSales, civilAffairs.id(), platform.id(), village.id(),
                guardianRep.id()).expect(201).number("id");
        return new PartnerWorld(id, name, civilAffairs, platform, village, guardianRep);
    }

    Api.Res createPartner(String token, String name, String expected, long civilAffairs, long platform, long village,
                          long guardianRep) {
        return api.post("/api/v1/admin/partners", token, """
                {"name":"%s","platformPluginId":"sales-file","expectedAnnualSales":"%s",
                 "committee":{"civilAffairsAccountId":%d,"platformAccountId":%d,"villageCollectiveAccountId":%d,
                              "guardianRepresentativeAccountId":%d}}"""
                .formatted(name, expected, civilAffairs, platform, village, guardianRep));
    }

    /** A line paid on 2 January of the given year, 10:00 in Shanghai. */
    static String line(String orderId, String amount, String status, boolean agricultural, int year) {
        return """
                {"platformOrderId":"%s","lineId":"%s-1","storeName":"长寿镇田间直播间","productName":"土蜂蜜 1kg",
                 "category":"农产品/蜂蜜","quantity":1,"amountPaid":"%s","paidAt":"%d-01-02T10:00:00+08:00",
                 "status":"%s","agricultural":%s}""".formatted(orderId, orderId, amount, year, status, agricultural);
    }

    Api.Res sales(long partnerId, String token, String... lines) {
        return api.post("/api/v1/admin/partners/" + partnerId + "/sales", token, "{\"lines\":[" + String.join(",", lines) + "]}");
    }

    Api.Res fund(long partnerId, String token, int year) {
        return api.get("/api/v1/partners/" + partnerId + "/fund?year=" + year, token);
    }

    static LocalDate today() {
        return LocalDate.now(SHANGHAI);
    }

    static int thisYear() {
        return today().getYear();
    }

    static String order() {
        return "69" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    }
}
