package org.xinqiao.need;

import java.time.LocalDate;
import java.util.UUID;
import org.xinqiao.support.Api;

/** People and children for the needs tests, each with fresh names so tests sharing one database never meet. */
final class NeedFixtures {

    static final String PASSWORD = "a-long-password-1";

    private final Api api;
    private final String admin;

    NeedFixtures(Api api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    /** A staff account with the given role acting for the given villages; returns its access token. */
    String staff(String role, long... villageIds) {
        String username = role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder villages = new StringBuilder();
        for (long id : villageIds) {
            villages.append(villages.length() == 0 ? "" : ",").append(id);
        }
        api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"%s","displayName":"村干部","roles":["%s"],"villageIds":[%s]}"""
                .formatted(username, PASSWORD, role, villages)).expect(201);
        return api.passwordLogin(username, PASSWORD);
    }

    /** A guardian logged in through the fake WeChat; asks twice, as its first answer can be slow on a busy machine. */
    String guardian() {
        try {
            return api.weChatLogin("ok-" + UUID.randomUUID());
        } catch (AssertionError slowFirstAnswer) {
            return api.weChatLogin("ok-" + UUID.randomUUID());
        }
    }

    /** Registers a child of {@code guardian} in the village, with consent; returns its id. */
    long child(String guardian, long villageId, LocalDate birthDate) {
        return api.post("/api/v1/children", guardian, """
                {"name":"小芳","gender":"FEMALE","birthDate":"%s","villageId":%d,"relation":"GRANDPARENT","consent":true}"""
                .formatted(birthDate, villageId)).expect(201).number("id");
    }

    /** Opens a round over explicit dates around today, so it takes records whenever the tests run. */
    long openRound(String staff, long villageId) {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        return api.post("/api/v1/census/rounds", staff, """
                {"villageId":%d,"startDate":"%s","endDate":"%s"}""".formatted(villageId, today.minusDays(10), today.plusDays(50)))
                .expect(201).number("id");
    }
}
