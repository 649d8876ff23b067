package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.Places;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CensusIT implements WithFakeWeChat {

    private static final String SOME_SCORES = """
            {"M1":2,"M2":1,"E1":2,"P1":1,"S3":0}""";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    NeedService needService;

    Api api;
    Db db;
    NeedFixtures fixtures;
    String admin;

    @BeforeAll
    void setUp() {
        api = new Api(server, json);
        db = new Db(dataSource);
        admin = api.adminToken();
        fixtures = new NeedFixtures(api, admin);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    private Api.Res record(String token, long roundId, long childId, String scores) {
        return api.post("/api/v1/census/rounds/" + roundId + "/records", token, """
                {"childId":%d,"scores":%s}""".formatted(childId, scores));
    }

    private long recordsOf(long childId) throws Exception {
        return Long.parseLong(db.text("SELECT COUNT(*) FROM census_record WHERE child_id = ?", childId));
    }

    private long scoresOf(long childId) throws Exception {
        return Long.parseLong(db.text(
                "SELECT COUNT(*) FROM census_score s JOIN census_record r ON r.id = s.record_id WHERE r.child_id = ?", childId));
    }

    @Test
    void theTwentyIndicatorsAreListedWithBothLabelsInCatalogOrder() {
        Api.Res res = api.get("/api/v1/indicators", fixtures.guardian()).expect(200);

        assertEquals(20, res.number("total"));
        List<String> codes = new ArrayList<>();
        res.node("items").values().forEach(item -> codes.add(item.get("code").getStringValue()));
        assertEquals(List.of("M1", "M2", "M3", "M4", "M5", "E1", "E2", "E3", "E4", "E5", "P1", "P2", "P3", "P4", "P5",
                "S1", "S2", "S3", "S4", "S5"), codes);
        assertEquals("MATERIAL", res.text("items.0.category"));
        assertEquals("饮食与营养", res.text("items.0.labelZh"));
        assertEquals("diet and nutrition", res.text("items.0.labelEn"));
        assertEquals(3, res.number("items.19.maxScore"));
    }

    @Test
    void theServiceTypesCarryTheirCategoryAndTheQualificationTheyNeed() {
        Api.Res res = api.get("/api/v1/service-types", fixtures.guardian()).expect(200);

        assertEquals(10, res.number("total"));
        res.node("items").values().forEach(item -> {
            ServiceType type = ServiceType.valueOf(item.get("code").getStringValue());
            assertEquals(type.category().name(), item.get("category").getStringValue());
            assertEquals(type.requiredQualification().name(), item.get("requiredQualification").getStringValue());
        });
    }

    @Test
    void theStoredCatalogsMatchTheEnums() throws Exception {
        for (Indicator indicator : Indicator.values()) {
            assertEquals(indicator.category().name() + "|" + indicator.chineseLabel() + "|" + indicator.englishLabel(),
                    db.text("SELECT CONCAT(category, '|', label_zh, '|', label_en) FROM need_indicator WHERE code = ?", indicator.name()));
        }
        for (ServiceType type : ServiceType.values()) {
            assertEquals(type.category().name() + "|" + type.chineseLabel() + "|" + type.englishLabel() + "|" + type.requiredQualification(),
                    db.text("SELECT CONCAT(category, '|', label_zh, '|', label_en, '|', required_qualification) FROM need_service_type WHERE code = ?",
                            type.name()));
        }
        assertEquals("20", db.text("SELECT COUNT(*) FROM need_indicator"));
        assertEquals(Integer.toString(ServiceType.values().length), db.text("SELECT COUNT(*) FROM need_service_type"));
    }

    @Test
    void villageStaffOpenAHalfYearRoundAndOpeningItAgainAnswersTheSameRound() {
        long village = Places.newVillage(api, admin, "桥头村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);

        Api.Res first = api.post("/api/v1/census/rounds", staff, """
                {"villageId":%d,"period":"2027-H2"}""".formatted(village));
        Api.Res again = api.post("/api/v1/census/rounds", staff, """
                {"villageId":%d,"period":"2027-H2"}""".formatted(village));

        first.expect(201);
        again.expect(200);
        assertEquals(first.number("id"), again.number("id"));
        assertEquals("2027-09-01", first.text("startDate"));
        assertEquals("2028-02-29", first.text("endDate"));
        assertEquals("2028-03-30", first.text("locksAfter"));
        assertEquals("OPEN", first.text("state"));
        assertFalse(first.node("counted").getBooleanValue());
    }

    @Test
    void theSchedulerOpensARoundOncePerVillageAndPeriodHoweverOftenItCalls() throws Exception {
        long village = Places.newVillage(api, admin, "云台村");

        List<Long> ids = inParallel(8, () -> needService.openRound(village, "2028-H1", null).id());

        assertEquals(1, ids.stream().distinct().count());
        assertEquals("1", db.text("SELECT COUNT(*) FROM census_round WHERE village_id = ? AND period = '2028-H1'", village));
        assertEquals("2028-H1", needService.periodOn(LocalDate.of(2028, 3, 1)));
    }

    @Test
    void onlyStaffOfTheVillageOpenItsRounds() throws Exception {
        long village = Places.newVillage(api, admin, "柳林村");
        long other = Places.newVillage(api, admin, "杏花村");
        String body = "{\"villageId\":%d,\"period\":\"2027-H1\"}".formatted(village);

        assertEquals(403, api.post("/api/v1/census/rounds", fixtures.staff("VILLAGE_STAFF", other), body).status());
        assertEquals(403, api.post("/api/v1/census/rounds", fixtures.guardian(), body).status());
        assertEquals("0", db.text("SELECT COUNT(*) FROM census_round WHERE village_id = ?", village));
    }

    @Test
    void aPeriodThatIsNoHalfYearIs422AndNoRoundIsOpened() throws Exception {
        long village = Places.newVillage(api, admin, "石桥村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);

        Api.Res res = api.post("/api/v1/census/rounds", staff, "{\"villageId\":%d,\"period\":\"2027-Q1\"}".formatted(village));

        assertEquals(422, res.status());
        assertEquals("VALIDATION_FAILED", res.code());
        assertEquals("period", res.text("errors.0.field"));
        assertEquals("0", db.text("SELECT COUNT(*) FROM census_round WHERE village_id = ?", village));
    }

    @Test
    void staffRecordAnAssessmentAndTheProfileFollowsFromIt() {
        long village = Places.newVillage(api, admin, "青山村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2015, 6, 1));
        long round = fixtures.openRound(staff, village);

        Api.Res recorded = record(staff, round, child, SOME_SCORES);
        Api.Res profile = api.get("/api/v1/children/" + child + "/needs-profile?date=2027-06-01", guardian).expect(200);

        recorded.expect(201);
        assertEquals(1, recorded.number("revision"));
        assertEquals(2, recorded.number("scores.M1"));
        // born 2015-06-01, on 2027-06-01 exactly 12: PRIMARY; MATERIAL 2 and E1 2 make a poor household with an
        // academic difficulty; PSYCHOLOGICAL 1 is below the emotional-deficit threshold
        assertEquals("PRIMARY", profile.text("ageTier"));
        assertEquals(12, profile.number("age"));
        assertEquals(List.of("POOR_HOUSEHOLD", "ACADEMIC_DIFFICULTY"), profile.strings("groups"));
        assertEquals(2, profile.number("categoryLevels.MATERIAL"));
        assertEquals(2, profile.number("categoryLevels.EDUCATION"));
        assertEquals(1, profile.number("categoryLevels.PSYCHOLOGICAL"));
        assertEquals(0, profile.number("categoryLevels.SAFETY"));
        assertEquals(List.of("TUTORING", "INTEREST_CLASS", "SAFETY_EDUCATION", "MATERIAL_AID", "STUDY_GRANT",
                "PERSONALISED_TUTORING_PLAN"), profile.strings("recommendedServiceTypes"));
        assertEquals(round, profile.number("assessment.roundId"));
    }

    @Test
    void theProfileOnTheDayTheChildTurnsThirteenIsATeensProfile() {
        long village = Places.newVillage(api, admin, "白沙村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 2, 29));
        long round = fixtures.openRound(staff, village);
        record(staff, round, child, "{\"P2\":2}").expect(201);

        Api.Res dayBefore = api.get("/api/v1/children/" + child + "/needs-profile?date=2029-02-28", staff).expect(200);
        Api.Res birthday = api.get("/api/v1/children/" + child + "/needs-profile?date=2029-03-01", staff).expect(200);

        // a 29 February birthday comes round on 1 March in a common year
        assertEquals("PRIMARY", dayBefore.text("ageTier"));
        assertEquals("TEEN", birthday.text("ageTier"));
        assertEquals(List.of("EMOTIONAL_DEFICIT"), birthday.strings("groups"));
        assertEquals(List.of("PSYCHOLOGICAL_COUNSELLING", "CAREER_PLANNING", "SOCIAL_PRACTICE", "ONE_TO_ONE_COMPANIONSHIP"),
                birthday.strings("recommendedServiceTypes"));
    }

    @Test
    void aChildNotYetAssessedHasAProfileOfTheTierAlone() {
        long village = Places.newVillage(api, admin, "新田村");
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2022, 1, 10));

        Api.Res profile = api.get("/api/v1/children/" + child + "/needs-profile?date=2027-01-09", guardian).expect(200);

        assertEquals("NONE", profile.text("ageTier"));
        assertEquals(4, profile.number("age"));
        assertEquals(List.of(), profile.strings("groups"));
        assertEquals(List.of(), profile.strings("recommendedServiceTypes"));
        assertTrue(profile.node("assessment").isNull());
    }

    @Test
    void anotherGuardianGets404ForTheProfile() {
        long village = Places.newVillage(api, admin, "东坡村");
        long child = fixtures.child(fixtures.guardian(), village, LocalDate.of(2015, 1, 1));

        Api.Res res = api.get("/api/v1/children/" + child + "/needs-profile", fixtures.guardian());

        assertEquals(404, res.status());
        assertEquals("NOT_FOUND", res.code());
    }

    @Test
    void aSecondRecordOfTheSameChildIs409AndARevisionKeepsTheFirstInHistory() throws Exception {
        long village = Places.newVillage(api, admin, "北岭村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2015, 6, 1));
        long round = fixtures.openRound(staff, village);
        record(staff, round, child, "{\"M1\":3}").expect(201);

        Api.Res second = record(staff, round, child, "{\"M1\":0}");
        long afterSecond = recordsOf(child);
        Api.Res revision = api.post("/api/v1/census/rounds/" + round + "/records", staff, """
                {"childId":%d,"scores":{"M1":0},"revision":true}""".formatted(child));
        Api.Res history = api.get("/api/v1/census/rounds/" + round + "/records/" + child, staff).expect(200);
        Api.Res profile = api.get("/api/v1/children/" + child + "/needs-profile?date=2027-06-01", guardian).expect(200);

        assertEquals(409, second.status());
        assertEquals("CENSUS_RECORD_EXISTS", second.code());
        assertEquals(1, afterSecond);
        revision.expect(201);
        assertEquals(2, revision.number("revision"));
        assertEquals(List.of(1L, 2L), revisionsOf(history));
        assertEquals(3, history.number("0.scores.M1"));
        assertEquals(0, profile.number("categoryLevels.MATERIAL"), "the revision is the current assessment");
        assertEquals(2, profile.number("assessment.revision"));
    }

    private static List<Long> revisionsOf(Api.Res history) {
        List<Long> revisions = new ArrayList<>();
        history.json().values().forEach(record -> revisions.add(record.get("revision").getLongValue()));
        return revisions;
    }

    @Test
    void parallelFirstRecordsOfOneChildLeaveExactlyOneRecord() throws Exception {
        long village = Places.newVillage(api, admin, "南湾村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        long child = fixtures.child(fixtures.guardian(), village, LocalDate.of(2014, 4, 4));
        long round = fixtures.openRound(staff, village);

        List<Integer> statuses = inParallel(8, () -> record(staff, round, child, "{\"E5\":2}").status());

        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(1, recordsOf(child));
        assertEquals(1, scoresOf(child));
    }

    @Test
    void aScoreOutsideZeroToThreeIs422AndNothingIsWritten() throws Exception {
        long village = Places.newVillage(api, admin, "西河村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        long child = fixtures.child(fixtures.guardian(), village, LocalDate.of(2014, 4, 4));
        long round = fixtures.openRound(staff, village);

        Api.Res tooHigh = record(staff, round, child, "{\"M1\":1,\"P2\":4}");
        Api.Res negative = record(staff, round, child, "{\"M1\":-1}");

        assertEquals(422, tooHigh.status());
        assertEquals("VALIDATION_FAILED", tooHigh.code());
        assertEquals("scores.P2", tooHigh.text("errors.0.field"));
        assertEquals(422, negative.status());
        assertEquals("scores.M1", negative.text("errors.0.field"));
        assertEquals(0, recordsOf(child));
        assertEquals(0, scoresOf(child));
    }

    @Test
    void anUnknownIndicatorCodeIs422AndNothingIsWritten() throws Exception {
        long village = Places.newVillage(api, admin, "上营村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        long child = fixtures.child(fixtures.guardian(), village, LocalDate.of(2014, 4, 4));
        long round = fixtures.openRound(staff, village);

        Api.Res res = record(staff, round, child, "{\"M1\":1,\"X9\":1,\"m2\":1}");

        assertEquals(422, res.status());
        assertEquals("VALIDATION_FAILED", res.code());
        assertEquals(List.of("scores.X9", "scores.m2"), fields(res));
        assertEquals(0, recordsOf(child));
    }

    @Test
    void aChildOfAnotherVillageIs422AndNothingIsWritten() throws Exception {
        long village = Places.newVillage(api, admin, "前进村");
        long other = Places.newVillage(api, admin, "胜利村");
        String staffOfBoth = fixtures.staff("VILLAGE_STAFF", village, other);
        long childElsewhere = fixtures.child(fixtures.guardian(), other, LocalDate.of(2014, 4, 4));
        long round = fixtures.openRound(staffOfBoth, village);

        Api.Res res = record(staffOfBoth, round, childElsewhere, "{\"M1\":1}");

        assertEquals(422, res.status());
        assertEquals("CHILD_NOT_IN_VILLAGE", res.code());
        assertEquals("childId", res.text("errors.0.field"));
        assertEquals(0, recordsOf(childElsewhere));
    }

    @Test
    void staffOfAnotherVillageCannotRecordAndNothingIsWritten() throws Exception {
        long village = Places.newVillage(api, admin, "和平村");
        long other = Places.newVillage(api, admin, "团结村");
        long child = fixtures.child(fixtures.guardian(), village, LocalDate.of(2014, 4, 4));
        long round = fixtures.openRound(fixtures.staff("VILLAGE_STAFF", village), village);

        Api.Res res = record(fixtures.staff("VILLAGE_STAFF", other), round, child, "{\"M1\":1}");

        assertEquals(403, res.status());
        assertEquals("FORBIDDEN", res.code());
        assertEquals(0, recordsOf(child));
    }

    @Test
    void aClosedRoundTakesNoRecordAndNothingIsWritten() throws Exception {
        long village = Places.newVillage(api, admin, "红星村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        long child = fixtures.child(fixtures.guardian(), village, LocalDate.of(2014, 4, 4));
        long round = fixtures.openRound(staff, village);
        Api.Res closed = api.post("/api/v1/census/rounds/" + round + "/close", staff, "").expect(200);

        Api.Res res = record(staff, round, child, "{\"M1\":1}");

        assertEquals("CLOSED", closed.text("state"));
        assertEquals(409, res.status());
        assertEquals("CENSUS_ROUND_CLOSED", res.code());
        assertEquals(0, recordsOf(child));
    }

    @Test
    void aRoundLocksItselfTheConfiguredDaysAfterItsPeriodEnds() throws Exception {
        long village = Places.newVillage(api, admin, "金沙村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        long child = fixtures.child(fixtures.guardian(), village, LocalDate.of(2014, 4, 4));
        LocalDate end = today().minusDays(30);
        LocalDate endedLonger = today().minusDays(31);
        long lastDay = api.post("/api/v1/census/rounds", staff, "{\"villageId\":%d,\"startDate\":\"%s\",\"endDate\":\"%s\"}"
                .formatted(village, end.minusDays(60), end)).expect(201).number("id");
        long locked = api.post("/api/v1/census/rounds", staff, "{\"villageId\":%d,\"startDate\":\"%s\",\"endDate\":\"%s\"}"
                .formatted(village, endedLonger.minusDays(60), endedLonger)).expect(201).number("id");

        Api.Res refused = record(staff, locked, child, "{\"M1\":1}");
        Api.Res taken = record(staff, lastDay, child, "{\"M1\":1}");

        assertEquals("LOCKED", api.get("/api/v1/census/rounds/" + locked, staff).text("state"));
        assertEquals(409, refused.status());
        assertEquals("CENSUS_ROUND_CLOSED", refused.code());
        taken.expect(201);
        assertEquals(1, recordsOf(child));
    }

    @Test
    void coverageIsChildrenAssessedOverChildrenRegistered() {
        long village = Places.newVillage(api, admin, "三合村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        String guardian = fixtures.guardian();
        long first = fixtures.child(guardian, village, LocalDate.of(2014, 4, 4));
        fixtures.child(guardian, village, LocalDate.of(2015, 5, 5));
        fixtures.child(guardian, village, LocalDate.of(2016, 6, 6));
        long round = fixtures.openRound(staff, village);
        record(staff, round, first, "{\"M1\":1}").expect(201);
        api.post("/api/v1/census/rounds/" + round + "/records", staff, "{\"childId\":%d,\"scores\":{\"M1\":2},\"revision\":true}"
                .formatted(first)).expect(201);

        Api.Res coverage = api.get("/api/v1/census/rounds/" + round + "/coverage", staff).expect(200);

        assertEquals(1, coverage.number("assessed"), "a revision is the same child");
        assertEquals(3, coverage.number("registered"));
        assertEquals("0.3333", coverage.node("coverage").getValue().toString());
    }

    @Test
    void resultsCountOnlyOnceApprovedByVillageTownshipAndCounty() {
        long village = Places.newVillage(api, admin, "丰收村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        String township = fixtures.staff("CIVIL_AFFAIRS", village);
        String county = fixtures.staff("CIVIL_AFFAIRS", village);
        long round = fixtures.openRound(staff, village);
        String approve = "/api/v1/census/rounds/" + round + "/approve";

        Api.Res whileOpen = api.post(approve, staff, "");
        api.post("/api/v1/census/rounds/" + round + "/close", staff, "").expect(200);
        Api.Res townshipFirst = api.post(approve, township, "");
        Api.Res byVillage = api.post(approve, staff, "");
        Api.Res villageAgain = api.post(approve, staff, "");
        Api.Res byTownship = api.post(approve, township, "");
        Api.Res sameTwice = api.post(approve, township, "");
        Api.Res byCounty = api.post(approve, county, "");
        Api.Res beyond = api.post(approve, county, "");

        assertEquals("CENSUS_APPROVAL_CONFLICT", whileOpen.code());
        assertEquals(409, whileOpen.status());
        assertEquals(403, townshipFirst.status(), "the village approves first");
        assertEquals("VILLAGE", byVillage.expect(200).text("approvedLevel"));
        assertFalse(byVillage.node("counted").getBooleanValue());
        assertEquals(403, villageAgain.status(), "the township step is civil affairs'");
        assertEquals("TOWNSHIP", byTownship.expect(200).text("approvedLevel"));
        assertEquals(403, sameTwice.status(), "the county step is another person's");
        assertEquals("COUNTY", byCounty.expect(200).text("approvedLevel"));
        assertTrue(byCounty.node("counted").getBooleanValue());
        assertEquals(409, beyond.status());
    }

    private static List<String> fields(Api.Res res) {
        List<String> fields = new ArrayList<>();
        res.node("errors").values().forEach(e -> fields.add(e.get("field").getStringValue()));
        return fields;
    }

    static <T> List<T> inParallel(int n, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
