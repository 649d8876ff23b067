package org.xinqiao.need;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.common.DomainException;
import org.xinqiao.common.ErrorCode;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.Places;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NeedsIT implements WithFakeWeChat {

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

    private Api.Res declare(String token, long childId, String serviceType, int urgency) {
        return api.post("/api/v1/needs", token, """
                {"childId":%d,"serviceType":"%s","description":"数学跟不上，想找人辅导","urgency":%d}"""
                .formatted(childId, serviceType, urgency));
    }

    private long needsOf(long childId) throws Exception {
        return Long.parseLong(db.text("SELECT COUNT(*) FROM need WHERE child_id = ?", childId));
    }

    @Test
    void aGuardianDeclaresANeedWhichStartsSubmittedWithItsDeclarationInTheHistory() {
        long village = Places.newVillage(api, admin, "清水村");
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 9, 1));

        Api.Res need = declare(guardian, child, "TUTORING", 2);
        Api.Res history = api.get("/api/v1/needs/" + need.number("id") + "/history", guardian).expect(200);

        need.expect(201);
        assertEquals("SUBMITTED", need.text("status"));
        assertEquals(village, need.number("villageId"));
        assertEquals("TUTORING", need.text("serviceType"));
        assertEquals(1, history.json().size());
        assertTrue(history.node("0.from").isNull());
        assertEquals("SUBMITTED", history.text("0.to"));
    }

    @Test
    void staffOfTheVillageDeclareOnAChildsBehalfAndListTheVillagesNeedsByStatus() {
        long village = Places.newVillage(api, admin, "竹园村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2012, 3, 3));
        long byStaff = declare(staff, child, "PSYCHOLOGICAL_COUNSELLING", 3).expect(201).number("id");
        long byGuardian = declare(guardian, child, "TUTORING", 1).expect(201).number("id");
        api.post("/api/v1/needs/" + byGuardian + "/withdraw", guardian, "{}").expect(200);

        Api.Res submitted = api.get("/api/v1/needs?villageId=" + village + "&status=SUBMITTED", staff).expect(200);
        Api.Res all = api.get("/api/v1/needs?villageId=" + village, staff).expect(200);
        Api.Res guardiansOwn = api.get("/api/v1/needs", guardian).expect(200);

        assertEquals(List.of(byStaff), ids(submitted));
        assertEquals(List.of(byGuardian, byStaff), ids(all));
        assertEquals(List.of(byGuardian, byStaff), ids(guardiansOwn), "a guardian sees what staff declared for the child");
    }

    @Test
    void anotherGuardianNeitherSeesNorWithdrawsTheNeed() throws Exception {
        long village = Places.newVillage(api, admin, "松林村");
        String guardian = fixtures.guardian();
        String stranger = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 9, 1));
        long need = declare(guardian, child, "TUTORING", 2).expect(201).number("id");

        assertEquals(404, api.get("/api/v1/needs/" + need, stranger).status());
        assertEquals(404, api.post("/api/v1/needs/" + need + "/withdraw", stranger, "{}").status());
        assertEquals(0, api.get("/api/v1/needs", stranger).number("total"));
        assertEquals(404, declare(stranger, child, "TUTORING", 2).status());
        assertEquals("SUBMITTED", db.text("SELECT status FROM need WHERE id = ?", need));
        assertEquals(1, needsOf(child));
    }

    @Test
    void staffOfAnotherVillageMayNotListThisVillagesNeeds() {
        long village = Places.newVillage(api, admin, "枫叶村");
        long other = Places.newVillage(api, admin, "梅花村");

        Api.Res res = api.get("/api/v1/needs?villageId=" + village, fixtures.staff("VILLAGE_STAFF", other));

        assertEquals(403, res.status());
        assertEquals("FORBIDDEN", res.code());
    }

    @Test
    void badDeclarationsAre4xxAndNothingIsWritten() throws Exception {
        long village = Places.newVillage(api, admin, "桃园村");
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 9, 1));

        Api.Res tooUrgent = declare(guardian, child, "TUTORING", 4);
        Api.Res notUrgent = declare(guardian, child, "TUTORING", 0);
        Api.Res unknownType = declare(guardian, child, "KNITTING", 2);
        Api.Res blank = api.post("/api/v1/needs", guardian, """
                {"childId":%d,"serviceType":"TUTORING","description":"  ","urgency":2}""".formatted(child));

        assertEquals(422, tooUrgent.status());
        assertEquals("urgency", tooUrgent.text("errors.0.field"));
        assertEquals(422, notUrgent.status());
        assertEquals(400, unknownType.status());
        assertEquals("MALFORMED_REQUEST", unknownType.code());
        assertEquals(422, blank.status());
        assertEquals("description", blank.text("errors.0.field"));
        assertEquals(0, needsOf(child));
    }

    @Test
    void aRetriedDeclarationWithTheSameKeyDeclaresOnce() throws Exception {
        long village = Places.newVillage(api, admin, "荷塘村");
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 9, 1));
        String key = UUID.randomUUID().toString();
        String body = "{\"childId\":%d,\"serviceType\":\"MATERIAL_AID\",\"description\":\"冬衣\",\"urgency\":3}".formatted(child);

        List<Api.Res> answers = CensusIT.inParallel(4, () -> api.send(api.builder("/api/v1/needs", guardian)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))));

        answers.forEach(res -> res.expect(201));
        assertEquals(1, answers.stream().map(res -> res.number("id")).distinct().count());
        assertEquals(1, needsOf(child));
    }

    @Test
    void aWithdrawnNeedCannotBeWithdrawnAgain() {
        long village = Places.newVillage(api, admin, "杨柳村");
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 9, 1));
        long need = declare(guardian, child, "TUTORING", 2).expect(201).number("id");

        Api.Res first = api.post("/api/v1/needs/" + need + "/withdraw", guardian, "{\"note\":\"已找到老师\"}");
        Api.Res again = api.post("/api/v1/needs/" + need + "/withdraw", guardian, "{}");
        Api.Res history = api.get("/api/v1/needs/" + need + "/history", guardian).expect(200);

        assertEquals("WITHDRAWN", first.expect(200).text("status"));
        assertEquals(409, again.status());
        assertEquals("NEED_STATUS_CONFLICT", again.code());
        assertEquals("已找到老师", history.text("1.note"));
        assertEquals("SUBMITTED", history.text("1.from"));
    }

    @Test
    void otherFeaturesAdvanceANeedOnlyAlongTheLoopAndEveryStepIsKept() {
        long village = Places.newVillage(api, admin, "长青村");
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 9, 1));
        long need = declare(guardian, child, "TUTORING", 2).expect(201).number("id");
        long actor = 1L;

        DomainException skip = assertThrows(DomainException.class, () -> needService.advance(need, NeedStatus.SERVED, actor, null));
        needService.advance(need, NeedStatus.MATCHED, actor, "provider 7");
        needService.advance(need, NeedStatus.SCHEDULED, actor, "appointment 9");
        Api.Res history = api.get("/api/v1/needs/" + need + "/history", guardian).expect(200);

        assertEquals(ErrorCode.NEED_STATUS_CONFLICT, skip.code());
        assertEquals(NeedStatus.SCHEDULED, needService.find(need).status());
        assertEquals(List.of("SUBMITTED", "MATCHED", "SCHEDULED"), toStatuses(history));
        assertEquals(ErrorCode.NOT_FOUND, assertThrows(DomainException.class, () -> needService.find(Long.MAX_VALUE)).code());
    }

    @Test
    void parallelMovesOfOneNeedLetExactlyOneThrough() throws Exception {
        long village = Places.newVillage(api, admin, "双河村");
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 9, 1));
        long need = declare(guardian, child, "TUTORING", 2).expect(201).number("id");

        List<Boolean> moved = CensusIT.inParallel(8, () -> {
            try {
                needService.advance(need, NeedStatus.MATCHED, 1L, null);
                return true;
            } catch (DomainException conflict) {
                assertEquals(ErrorCode.NEED_STATUS_CONFLICT, conflict.code());
                return false;
            }
        });

        assertEquals(1, moved.stream().filter(Boolean::booleanValue).count());
        assertEquals("2", db.text("SELECT COUNT(*) FROM need_status_change WHERE need_id = ?", need));
    }

    @Test
    void matchingFindsAVillagesSubmittedNeedsMostUrgentFirst() {
        long village = Places.newVillage(api, admin, "高峰村");
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 9, 1));
        long low = declare(guardian, child, "TUTORING", 1).expect(201).number("id");
        long urgent = declare(guardian, child, "MATERIAL_AID", 3).expect(201).number("id");
        long matched = declare(guardian, child, "INTEREST_CLASS", 3).expect(201).number("id");
        needService.advance(matched, NeedStatus.MATCHED, 1L, null);

        List<Long> waiting = needService.submittedIn(village).stream().map(NeedView::id).toList();

        assertEquals(List.of(urgent, low), waiting);
    }

    @Test
    void theThreeLedgersOfAMonthListNeedsDeclaredServedAndGivenFeedback() {
        long village = Places.newVillage(api, admin, "幸福村");
        String staff = fixtures.staff("VILLAGE_STAFF", village);
        String guardian = fixtures.guardian();
        long child = fixtures.child(guardian, village, LocalDate.of(2016, 9, 1));
        long served = declare(guardian, child, "TUTORING", 2).expect(201).number("id");
        long waiting = declare(guardian, child, "STUDY_GRANT", 3).expect(201).number("id");
        for (NeedStatus step : List.of(NeedStatus.MATCHED, NeedStatus.SCHEDULED, NeedStatus.SERVED, NeedStatus.FEEDBACK_GIVEN)) {
            needService.advance(served, step, 1L, null);
        }
        YearMonth month = YearMonth.now(ZoneId.of("Asia/Shanghai"));

        Api.Res ledgers = api.get("/api/v1/villages/" + village + "/ledgers?month=" + month, staff).expect(200);
        Ledgers lastMonth = needService.ledgers(village, month.minusMonths(1));

        assertEquals(month.toString(), ledgers.text("month"));
        assertEquals(List.of(served, waiting), idsAt(ledgers, "needList", "id"));
        assertEquals(List.of(served), idsAt(ledgers, "serviceList", "needId"));
        assertEquals(List.of(served), idsAt(ledgers, "feedbackList", "needId"));
        assertEquals(List.of(), lastMonth.needList());
        assertEquals(List.of(), lastMonth.serviceList());
        assertEquals(List.of(), lastMonth.feedbackList());
    }

    @Test
    void theLedgersOfAVillageAreForItsStaffOnly() {
        long village = Places.newVillage(api, admin, "平安村");
        long other = Places.newVillage(api, admin, "吉祥村");

        assertEquals(403, api.get("/api/v1/villages/" + village + "/ledgers?month=2027-03", fixtures.staff("VILLAGE_STAFF", other)).status());
        assertEquals(403, api.get("/api/v1/villages/" + village + "/ledgers?month=2027-03", fixtures.guardian()).status());
        assertEquals(422, api.get("/api/v1/villages/" + village + "/ledgers?month=2027-13", fixtures.staff("VILLAGE_STAFF", village)).status());
    }

    private static List<Long> ids(Api.Res page) {
        return idsAt(page, "items", "id");
    }

    private static List<Long> idsAt(Api.Res res, String list, String field) {
        List<Long> ids = new java.util.ArrayList<>();
        res.node(list).values().forEach(item -> ids.add(item.get(field).getLongValue()));
        return ids;
    }

    private static List<String> toStatuses(Api.Res history) {
        List<String> statuses = new java.util.ArrayList<>();
        history.json().values().forEach(change -> statuses.add(change.get("to").getStringValue()));
        return statuses;
    }
}
