package org.xinqiao.appointment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.xinqiao.support.Api;
import org.xinqiao.support.Places;

/**
 * A village with a station open 08:00–20:00 every day, and helpers that create approved tutors, rooms, slots,
 * guardians and children over HTTP, each with fresh names so tests sharing one database never collide.
 */
public final class LoopFixture {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final String EVERY_DAY_8_TO_20 = """
            [{"dayOfWeek":"MONDAY","from":"08:00","to":"20:00"},{"dayOfWeek":"TUESDAY","from":"08:00","to":"20:00"},
             {"dayOfWeek":"WEDNESDAY","from":"08:00","to":"20:00"},{"dayOfWeek":"THURSDAY","from":"08:00","to":"20:00"},
             {"dayOfWeek":"FRIDAY","from":"08:00","to":"20:00"},{"dayOfWeek":"SATURDAY","from":"08:00","to":"20:00"},
             {"dayOfWeek":"SUNDAY","from":"08:00","to":"20:00"}]""";

    public final Api api;
    public final String admin;
    public final long village;
    public final long station;

    public LoopFixture(Api api) {
        this.api = api;
        this.admin = api.adminToken();
        this.village = Places.newVillage(api, admin, "预约村" + UUID.randomUUID().toString().substring(0, 4));
        this.station = api.get("/api/v1/stations?villageId=" + village, admin).expect(200).number("items.0.id");
        api.put("/api/v1/admin/stations/" + station + "/opening-hours", admin, "{\"hours\":" + EVERY_DAY_8_TO_20 + "}").expect(200);
    }

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    public record Tutor(long id, long accountId, String token) {
    }

    /** An approved volunteer with the TUTOR qualification, serving the village every day 08:00–20:00. */
    public Tutor tutor() {
        String token = login();
        Api.Res applied = api.post("/api/v1/volunteers/applications", token, """
                {"displayName":"李老师","qualifications":[{"qualification":"TUTOR"}],"villages":[%d],"serviceTypes":["TUTORING"],
                 "availability":%s}""".formatted(village, EVERY_DAY_8_TO_20)).expect(201);
        long id = applied.number("id");
        api.post("/api/v1/admin/volunteers/" + id + "/approve", admin, "{}").expect(200);
        return new Tutor(id, applied.number("accountId"), token);
    }

    public long room(int capacity) {
        return api.post("/api/v1/admin/stations/" + station + "/rooms", admin,
                "{\"kind\":\"STUDY_ROOM\",\"name\":\"自习室\",\"capacity\":" + capacity + "}").expect(201).number("id");
    }

    /** Generates the day's TUTORING slots for the provider and/or room; answers their ids in start order. */
    public List<Long> slots(Long providerId, Long roomId, LocalDate day, int capacity) {
        api.post("/api/v1/admin/stations/" + station + "/slots/generate", admin, """
                {"from":"%s","to":"%s","serviceType":"TUTORING","providerId":%s,"roomId":%s,"capacity":%d}"""
                .formatted(day, day, providerId, roomId, capacity)).expect(200);
        Api.Res listed = api.get("/api/v1/stations/" + station + "/slots?from=" + day + "&to=" + day + "&serviceType=TUTORING&size=100",
                admin).expect(200);
        List<Long> ids = new ArrayList<>();
        for (var item : listed.node("items").values()) {
            boolean sameProvider = java.util.Objects.equals(providerId, id(item, "providerId"));
            boolean sameRoom = java.util.Objects.equals(roomId, id(item, "roomId"));
            if (sameProvider && sameRoom) {
                ids.add(item.get("id").getLongValue());
            }
        }
        return ids;
    }

    private static Long id(io.micronaut.json.tree.JsonNode item, String field) {
        var node = item.get(field);
        return node == null || node.isNull() ? null : node.getLongValue();
    }

    public String guardian() {
        return login();
    }

    /** A fresh WeChat user; a fake WeChat slowed down by a busy machine gets a second chance. */
    public String login() {
        for (int attempt = 1; ; attempt++) {
            Api.Res res = api.post("/api/v1/auth/wechat", null, "{\"code\":\"ok-" + UUID.randomUUID() + "\"}");
            if (res.status() == 200 || attempt == 3) {
                return res.expect(200).text("accessToken");
            }
        }
    }

    public long child(String guardianToken) {
        return api.post("/api/v1/children", guardianToken, """
                {"name":"小明","gender":"MALE","birthDate":"%s","villageId":%d,"relation":"GRANDPARENT","consent":true}"""
                .formatted(today().minusYears(9), village)).expect(201).number("id");
    }

    public Api.Res book(String token, long slotId, long childId) {
        return api.post("/api/v1/appointments", token, "{\"slotId\":" + slotId + ",\"childId\":" + childId + "}");
    }

    public String staff(String role) {
        String username = "st-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"a-long-password-1","displayName":"站长","roles":["%s"],"villageIds":[%d]}"""
                .formatted(username, role, village)).expect(201);
        return api.passwordLogin(username, "a-long-password-1");
    }
}
