package org.xinqiao.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.schedule.Firing;
import org.xinqiao.schedule.JobResult;
import org.xinqiao.schedule.RunOutcome;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;

/**
 * The event jobs create each period's event once, and {@code GET /api/v1/events} lists them. Dates are in
 * 2031 (1 March 2031 is a Saturday), which no other test uses.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventsIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    AnnounceLectureJob lecture;
    @Inject
    ConveneJointMeetingJob jointMeeting;
    @Inject
    OpenEcommerceTrainingJob ecommerceTraining;
    @Inject
    OpenCareTrainingJob careTraining;
    @Inject
    HoldCareerDayJob careerDay;

    Api api;
    Db db;
    String admin;
    String school;

    @BeforeAll
    void logIn() {
        api = new Api(server, json);
        db = new Db(dataSource);
        admin = api.adminToken();
        String username = "school-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"a-long-password-1","displayName":"中心小学 张老师","roles":["SCHOOL_CONTACT"]}"""
                .formatted(username)).expect(201);
        school = api.passwordLogin(username, "a-long-password-1");
    }

    @Test
    void theLecturePlannedForTheDayBecomesItsLectureEventOnceHoweverOftenTheJobRuns() throws Exception {
        api.post("/api/v1/admin/lecture-plans", school, """
                {"date":"2031-03-04","topic":"防溺水安全第一课","school":"长寿村中心小学","speaker":"王老师",
                 "link":"https://live.example.cn/lecture/2031-03-04"}""").expect(201);

        JobResult first = lecture.run(firing("school-lecture", "2031-03-04T19:30+08:00", 41));
        JobResult again = lecture.run(firing("school-lecture", "2031-03-04T20:05+08:00", 42));

        assertEquals(RunOutcome.SUCCESS, first.outcome());
        assertTrue(first.detail().startsWith("Created LECTURE event"), first.detail());
        assertTrue(first.detail().contains("; announced on "), first.detail());
        assertEquals(RunOutcome.SUCCESS, again.outcome());
        assertTrue(again.detail().startsWith("Already there: LECTURE event"), again.detail());
        List<JsonNode> lectures = events("LECTURE", "防溺水安全第一课");
        assertEquals(1, lectures.size());
        JsonNode event = lectures.get(0);
        assertEquals(OffsetDateTime.parse("2031-03-04T19:30+08:00"), OffsetDateTime.parse(event.get("startsAt").getStringValue()));
        assertEquals("https://live.example.cn/lecture/2031-03-04", event.get("link").getStringValue());
        assertEquals("留守儿童及其监护人", event.get("audience").getStringValue());
        assertEquals("主讲：长寿村中心小学 王老师", event.get("details").getStringValue());
        assertEquals("41", db.text("SELECT created_by_run FROM event WHERE id = ?", event.get("id").getLongValue()));
    }

    @Test
    void aLectureDayWithoutAPlannedLectureIsSkipped() {
        JobResult result = lecture.run(firing("school-lecture", "2031-03-06T19:30+08:00", 43));

        assertEquals(RunOutcome.SKIPPED, result.outcome());
        assertEquals("No lecture is planned for 2031-03-06 in the schools' term plan", result.detail());
    }

    @Test
    void aSecondLectureOnTheSameDateAndAnIncompletePlanAreRefusedAndNothingIsWritten() throws SQLException {
        api.post("/api/v1/admin/lecture-plans", school,
                "{\"date\":\"2031-05-06\",\"topic\":\"网络安全\",\"school\":\"一中\"}").expect(201);

        Api.Res twice = api.post("/api/v1/admin/lecture-plans", school,
                "{\"date\":\"2031-05-06\",\"topic\":\"另一个题目\",\"school\":\"二中\"}");
        Api.Res incomplete = api.post("/api/v1/admin/lecture-plans", school, "{\"date\":\"2031-05-08\",\"school\":\"二中\"}");
        Api.Res badLink = api.post("/api/v1/admin/lecture-plans", school,
                "{\"date\":\"2031-05-13\",\"topic\":\"t\",\"school\":\"二中\",\"link\":\"javascript:alert(1)\"}");

        assertEquals("DUPLICATE", twice.expect(409).code());
        assertEquals("VALIDATION_FAILED", incomplete.expect(422).code());
        assertEquals("topic", incomplete.text("errors.0.field"));
        assertEquals("VALIDATION_FAILED", badLink.expect(422).code());
        assertEquals("1", db.text("SELECT COUNT(*) FROM lecture_plan WHERE lecture_date BETWEEN ? AND ?",
                LocalDate.parse("2031-05-06"), LocalDate.parse("2031-05-13")));
        assertEquals("网络安全", db.text("SELECT topic FROM lecture_plan WHERE lecture_date = ?", LocalDate.parse("2031-05-06")));
    }

    @Test
    void onlySchoolContactsAndAdministratorsKeepTheLecturePlan() {
        String username = "civil-" + UUID.randomUUID().toString().substring(0, 8);
        api.post("/api/v1/admin/accounts", admin, """
                {"username":"%s","password":"a-long-password-1","displayName":"民政 李科长","roles":["CIVIL_AFFAIRS"]}"""
                .formatted(username)).expect(201);
        String civil = api.passwordLogin(username, "a-long-password-1");

        Api.Res res = api.post("/api/v1/admin/lecture-plans", civil, "{\"date\":\"2031-06-03\",\"topic\":\"t\",\"school\":\"s\"}");

        assertEquals("FORBIDDEN", res.expect(403).code());
    }

    @Test
    void theJointMeetingOfTheMonthPutsThePreviousMonthsLedgersOnItsAgendaAndIsCreatedOnce() {
        JobResult first = jointMeeting.run(firing("joint-meeting", "2031-03-03T09:00+08:00", 51));
        JobResult manual = jointMeeting.run(firing("joint-meeting", "2031-03-20T15:00+08:00", 52));

        assertEquals(RunOutcome.SUCCESS, first.outcome());
        assertTrue(first.detail().contains("with the 2031-02 ledgers of"), first.detail());
        assertTrue(manual.detail().startsWith("Already there"), manual.detail());
        List<JsonNode> meetings = events("JOINT_MEETING", "四方联席会议（2031-03）");
        assertEquals(1, meetings.size());
        assertEquals(OffsetDateTime.parse("2031-03-03T09:00+08:00"), OffsetDateTime.parse(meetings.get(0).get("startsAt").getStringValue()));
        // no need was declared, served or given feedback in February 2031, in any village
        assertTrue(meetings.get(0).get("details").getStringValue().contains("需求清单 0 项，服务清单 0 项，反馈清单 0 项"),
                meetings.get(0).get("details").getStringValue());
        assertEquals("民政部门、合作电商企业、学校、村社区", meetings.get(0).get("audience").getStringValue());
    }

    @Test
    void theTrainingsAreOnePerMonthAndOnePerQuarter() {
        ecommerceTraining.run(firing("ecommerce-training", "2031-03-08T14:00+08:00", 61));
        ecommerceTraining.run(firing("ecommerce-training", "2031-03-08T14:00+08:00", 62));
        careTraining.run(firing("care-training", "2031-04-05T14:00+08:00", 63));
        JobResult sameQuarter = careTraining.run(firing("care-training", "2031-05-10T14:00+08:00", 64));

        assertEquals(1, events("TRAINING", "电商运营培训（2031-03）").size());
        List<JsonNode> care = events("TRAINING", "关爱服务培训（2031年第2季度）");
        assertEquals(1, care.size());
        assertTrue(care.get(0).get("details").getStringValue().contains("志愿者人才库"));
        assertTrue(sameQuarter.detail().startsWith("Already there"), sameQuarter.detail());
    }

    @Test
    void careerDaysAreOneASemester() {
        careerDay.run(firing("career-day", "2031-04-19T09:00+08:00", 71));
        careerDay.run(firing("career-day", "2031-11-15T09:00+08:00", 72));
        JobResult januaryRerun = careerDay.run(firing("career-day", "2032-01-10T09:00+08:00", 73));

        assertEquals(1, events("CAREER_DAY", "电商职业体验日（2031年春季学期）").size());
        assertEquals(1, events("CAREER_DAY", "电商职业体验日（2031年秋季学期）").size());
        assertTrue(januaryRerun.detail().startsWith("Already there"), januaryRerun.detail());
    }

    @Test
    void triggeringTheLectureScheduleOnALectureDayCreatesThatDaysLecture() throws Exception {
        LocalDate today = LocalDate.now(clock.withZone(SHANGHAI));
        String topic = "今日讲座 " + UUID.randomUUID().toString().substring(0, 6);
        api.post("/api/v1/admin/lecture-plans", admin,
                "{\"date\":\"%s\",\"topic\":\"%s\",\"school\":\"中心小学\"}".formatted(today, topic)).expect(201);

        api.post("/api/v1/admin/schedules/school-lecture/trigger", admin, "").expect(202);

        long deadline = System.currentTimeMillis() + 15_000;
        while (events("LECTURE", topic).isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("no lecture event after triggering school-lecture");
            }
            Thread.sleep(200);
        }
        assertEquals(1, events("LECTURE", topic).size());
    }

    @Test
    void anUnknownEventTypeIsABadRequest() {
        assertEquals(400, api.get("/api/v1/events?type=PICNIC", admin).status());
        assertEquals(401, api.get("/api/v1/events", null).status());
    }

    private List<JsonNode> events(String type, String title) {
        List<JsonNode> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            Api.Res res = api.get("/api/v1/events?type=" + type + "&size=100&page=" + page, school).expect(200);
            res.node("items").values().forEach(event -> {
                assertEquals(type, event.get("type").getStringValue());
                if (event.get("title").getStringValue().equals(title)) {
                    found.add(event);
                }
            });
            if ((page + 1) * 100L >= res.number("total")) {
                return found;
            }
        }
    }

    private static Firing firing(String key, String wallClock, long runId) {
        return new Firing(key, OffsetDateTime.parse(wallClock).toInstant(), SHANGHAI, runId, false);
    }
}
