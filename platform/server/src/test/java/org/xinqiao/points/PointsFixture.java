package org.xinqiao.points;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.UUID;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;

/** Accounts, points and rewards made through the API, with fresh names so tests sharing a database never collide. */
final class PointsFixture {

    static final String PASSWORD = "a-long-password-1";

    private final Api api;
    private final String admin;
    private final Db db;

    PointsFixture(Api api, String admin, Db db) {
        this.api = api;
        this.admin = admin;
        this.db = db;
    }

    record Person(long id, String token) {
    }

    /** An account with the given role acting for the village, logged in. */
    Person person(String role, long village) {
        String username = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"%s","displayName":"%s","roles":["%s"],"villageIds":[%d]}"""
                .formatted(username, PASSWORD, username, role, village)).expect(201).number("id");
        return new Person(id, api.passwordLogin(username, PASSWORD));
    }

    Person volunteer(long village) {
        return person("VOLUNTEER", village);
    }

    /** Submits a tutoring claim of {@code hours} and has the administrator approve it; returns the claim id. */
    long earn(Person who, String hours) {
        long claim = api.post("/api/v1/points/claims", who.token(), """
                {"activity":"TUTORING","hours":%s,"evidence":"辅导作业"}""".formatted(hours)).expect(201).number("id");
        api.post("/api/v1/admin/points/claims/" + claim + "/approve", admin, "").expect(200);
        return claim;
    }

    /** A volunteer whose balance is exactly {@code tens} × 10 points. */
    Person volunteerWith(long village, int tens) {
        Person who = volunteer(village);
        earn(who, Integer.toString(tens));
        assertEquals(tens * 10L, balance(who));
        return who;
    }

    long balance(Person who) {
        return api.get("/api/v1/points/balance", who.token()).expect(200).number("balance");
    }

    long reward(String kind, long price, int stock, Integer limit) {
        return api.post("/api/v1/admin/rewards", admin, """
                {"name":"奖品-%s","kind":"%s","pointsPrice":%d,"stock":%d,"perAccountLimit":%s%s}"""
                .formatted(UUID.randomUUID().toString().substring(0, 6), kind, price, stock, limit,
                        kind.equals("VOUCHER") ? ",\"partnerId\":1" : "")).expect(201).number("id");
    }

    long stock(long rewardId) throws SQLException {
        return Long.parseLong(db.text("SELECT stock FROM reward WHERE id = ?", rewardId));
    }

    long count(String sql, Object... args) throws SQLException {
        return Long.parseLong(db.text(sql, args));
    }

    /** Every balance equals the sum of its account's ledger, and no ledger lacks its balance row. */
    void assertBalancesEqualTheirLedgers() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM points_balance b WHERE b.balance <> "
                + "(SELECT COALESCE(SUM(e.points), 0) FROM points_entry e WHERE e.account_id = b.account_id)"),
                "a balance differs from the sum of its ledger");
        assertEquals(0, count("SELECT COUNT(*) FROM points_entry e WHERE NOT EXISTS "
                + "(SELECT 1 FROM points_balance b WHERE b.account_id = e.account_id)"), "a ledger has no balance row");
        assertEquals(0, count("SELECT COUNT(*) FROM points_entry WHERE balance_after < 0"), "a balance went below zero");
    }
}
