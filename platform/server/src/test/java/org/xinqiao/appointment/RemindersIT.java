package org.xinqiao.appointment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.xinqiao.support.Api;
import org.xinqiao.support.Db;
import org.xinqiao.support.WithFakeWeChat;

/** Tomorrow's reminders reach the family and the provider as WeChat subscribe messages, once however often the job runs. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RemindersIT implements WithFakeWeChat {

    private static final WireMockServer WECHAT = new WireMockServer(options().dynamicPort());

    static {
        WECHAT.start();
        WECHAT.stubFor(post(urlPathEqualTo("/cgi-bin/stable_token"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody("{\"access_token\":\"token-1\",\"expires_in\":7200}")));
        WECHAT.stubFor(post(urlPathEqualTo("/cgi-bin/message/subscribe/send")).withQueryParam("access_token", equalTo("token-1"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("{\"errcode\":0,\"errmsg\":\"ok\"}")));
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithFakeWeChat.super.getProperties());
        properties.put("xinqiao.test.recording-loop-steps", "true");
        properties.put("xinqiao.notify.sender", "wechat");
        properties.put("xinqiao.notify.wechat.endpoint", WECHAT.baseUrl() + "/cgi-bin/message/subscribe/send");
        properties.put("xinqiao.notify.wechat.token-endpoint", WECHAT.baseUrl() + "/cgi-bin/stable_token");
        properties.put("xinqiao.notify.wechat.templates.appointment-reminder", "tmpl-reminder");
        return properties;
    }

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    DataSource dataSource;
    @Inject
    AppointmentReminders reminders;

    LoopFixture fx;
    Api api;
    Db db;

    @BeforeAll
    void fixture() {
        api = new Api(server, json);
        fx = new LoopFixture(api);
        db = new Db(dataSource);
    }

    @AfterAll
    void stop() {
        WECHAT.stop();
    }

    @Test
    void tomorrowsAppointmentIsRemindedToTheGuardianAndTheTutorOnce() throws Exception {
        LoopFixture.Tutor tutor = fx.tutor();
        long slot = fx.slots(tutor.id(), null, LoopFixture.today().plusDays(1), 1).get(0);
        String guardian = fx.guardian();
        fx.book(guardian, slot, fx.child(guardian)).expect(201);
        String guardianOpenid = db.text("SELECT openid FROM account WHERE id = ?", api.get("/api/v1/me", guardian).expect(200).number("id"));
        String tutorOpenid = db.text("SELECT openid FROM account WHERE id = ?", tutor.accountId());

        reminders.sendForTomorrow();
        int second = reminders.sendForTomorrow();

        assertEquals(0, second);
        assertEquals(1, WECHAT.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(guardianOpenid)))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo("tmpl-reminder")))
                .withRequestBody(matchingJsonPath("$.data.thing1.value", equalTo("课业辅导")))
                .withRequestBody(matchingJsonPath("$.page", equalTo("pages/appointments/detail?id="
                        + db.text("SELECT id FROM appointment WHERE slot_id = ?", slot))))).size());
        assertEquals(1, WECHAT.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/message/subscribe/send"))
                .withRequestBody(matchingJsonPath("$.touser", equalTo(tutorOpenid)))).size());
        assertEquals(1, WECHAT.findAll(postRequestedFor(urlPathEqualTo("/cgi-bin/stable_token"))
                .withRequestBody(matchingJsonPath("$.grant_type", equalTo("client_credential")))).size(), "the token is kept");
    }
}
