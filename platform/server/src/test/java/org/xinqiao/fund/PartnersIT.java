package org.xinqiao.fund;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.fund.FundWorld.PartnerWorld;
import org.xinqiao.fund.FundWorld.Staff;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnersIT implements WithFakeWeChat {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    FundRules rules;
    @Inject
    FundService fund;

    Api api;
    Db db;
    FundWorld world;
    String admin;

    @BeforeAll
    void setUp() {
        api = new Api(server, json);
        db = new Db(dataSource);
        admin = api.adminToken();
        world = new FundWorld(api, admin);
    }

    @Test
    void theFundRulesBoundFromConfigurationAreThoseOfRulesSectionFive() {
        assertEquals(FundRules.defaults(), rules);
    }

    @Test
    void aCivilAffairsAdministratorRegistersAPartnerWithItsCommittee() {
        PartnerWorld partner = world.partner("8000000.00");

        Api.Res res = api.get("/api/v1/admin/partners/" + partner.id(), partner.civilAffairs().token()).expect(200);

        assertEquals(partner.name(), res.text("name"));
        assertEquals("sales-file", res.text("platformPluginId"));
        assertEquals("8000000.00", res.text("expectedAnnualSales"));
        assertEquals(partner.civilAffairs().id(), res.number("committee.civilAffairsAccountId"));
        assertEquals(partner.guardianRep().id(), res.number("committee.guardianRepresentativeAccountId"));
        assertEquals(partner.name(), fund.partner(partner.id()).orElseThrow().name());
    }

    @Test
    void aCommitteeWhoseCivilAffairsSeatIsNotACivilAffairsAccountIsRefusedAndNothingIsStored() {
        Staff notCivilAffairs = world.staff("FUND_COMMITTEE");
        Staff b = world.staff("FUND_COMMITTEE");
        Staff c = world.staff("FUND_COMMITTEE");
        Staff d = world.staff("FUND_COMMITTEE");
        String name = "合作企业-" + UUID.randomUUID();

        Api.Res res = world.createPartner(admin, name, "100.00", notCivilAffairs.id(), b.id(), c.id(), d.id());

        assertEquals(422, res.status());
        assertEquals("VALIDATION_FAILED", res.code());
        assertEquals("committee.civilAffairsAccountId", res.text("errors.0.field"));
        assertEquals("0", count("SELECT COUNT(*) FROM fund_partner WHERE name = ?", name));
    }

    @Test
    void aCommitteeWithOneAccountInTwoSeatsIsRefused() {
        Staff civilAffairs = world.staff("CIVIL_AFFAIRS");
        Staff b = world.staff("FUND_COMMITTEE");
        Staff c = world.staff("FUND_COMMITTEE");
        String name = "合作企业-" + UUID.randomUUID();

        Api.Res res = world.createPartner(admin, name, "100.00", civilAffairs.id(), b.id(), c.id(), b.id());

        assertEquals(422, res.status());
        assertEquals("0", count("SELECT COUNT(*) FROM fund_partner WHERE name = ?", name));
    }

    @Test
    void aVolunteerCannotRegisterAPartner() {
        String volunteer = world.staff("VOLUNTEER").token();

        Api.Res res = world.createPartner(volunteer, "合作企业-" + UUID.randomUUID(), "100.00", 1, 2, 3, 4);

        assertEquals(403, res.status());
    }

    @Test
    void theSamePartnerNameTwiceIsADuplicate() {
        PartnerWorld partner = world.partner("100.00");

        Api.Res res = world.createPartner(admin, partner.name(), "100.00", partner.civilAffairs().id(),
                partner.platform().id(), partner.village().id(), partner.guardianRep().id());

        assertEquals(409, res.status());
        assertEquals("DUPLICATE", res.code());
    }

    @Test
    void aRatingIsSetAndCorrectedPerYear() {
        PartnerWorld partner = world.partner("100.00");
        int lastYear = FundWorld.thisYear() - 1;
        String path = "/api/v1/admin/partners/" + partner.id() + "/ratings/" + lastYear;

        api.put(path, admin, "{\"rating\":\"GOOD\"}").expect(200);
        Api.Res res = api.put(path, admin, "{\"rating\":\"EXCELLENT\"}").expect(200);

        assertEquals(lastYear, res.number("ratings.0.year"));
        assertEquals("EXCELLENT", res.text("ratings.0.rating"));
        assertEquals(1, res.node("ratings").size());
    }

    @Test
    void aRatingOtherThanTheFourIsRefused() {
        PartnerWorld partner = world.partner("100.00");

        Api.Res res = api.put("/api/v1/admin/partners/" + partner.id() + "/ratings/" + FundWorld.thisYear(), admin,
                "{\"rating\":\"SUPERB\"}");

        assertEquals(400, res.status());
        assertEquals("MALFORMED_REQUEST", res.code());
        assertEquals("0", count("SELECT COUNT(*) FROM fund_partner_rating WHERE partner_id = ?", partner.id()));
    }

    @Test
    void partnersAreFoundByTheirPlatformPlugin() {
        PartnerWorld partner = world.partner("100.00");

        assertEquals(true, fund.partnersUsing("sales-file").stream().anyMatch(p -> p.id() == partner.id()));
        assertEquals(0, fund.partnersUsing("no-such-plugin").size());
    }

    private String count(String sql, Object... args) {
        try {
            return db.text(sql, args);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
