package uk.police.collaboration.ledger.intake;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The write side over HTTP against a real PostgreSQL event store: what a caller sees. */
@LedgerIntegrationTest
class CommandApiAcceptanceTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    LedgerClient api;
    String programme;

    @BeforeEach
    void registerAProgramme() {
        api = TestClients.recorder(port);
        programme = LedgerClient.newId("prog");
        var response = api.command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-01-10", registration(programme));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
    }

    static String registration(String id) {
        return "{\"collaborationId\":\"" + id + "\",\"title\":\"Public Contact\",\"scope\":\"Force control rooms\","
                + "\"parties\":[{\"partyId\":\"herts-pcc\",\"name\":\"PCC for Hertfordshire\",\"kind\":\"PCC\",\"corporationSole\":true},"
                + "{\"partyId\":\"beds-pcc\",\"name\":\"PCC for Bedfordshire\",\"kind\":\"PCC\",\"corporationSole\":true}],"
                + "\"leadPartyId\":\"herts-pcc\",\"leadOfficer\":\"TACC Jane Swinburne\"}";
    }

    private String risk(String riskId, String collaborationId) {
        return "{\"riskId\":\"" + riskId + "\",\"collaborationId\":\"" + collaborationId + "\",\"label\":\"a\","
                + "\"description\":\"No proven metrics\",\"likelihood\":null,\"impact\":null,\"owner\":null}";
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    @Test
    void anAcceptedCommandAnswersWithTheRecordAndTheEventsItWrote() {
        String riskId = LedgerClient.newId("risk");
        var response = api.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-22", risk(riskId, programme));

        assertThat(response.status()).isEqualTo(201);
        JsonNode body = response.json();
        assertThat(body.get("recordId").asText()).isEqualTo(riskId);
        assertThat(body.get("eventIds")).hasSize(1);
        String eventId = body.get("eventIds").get(0).asText();
        assertThat(jdbc.queryForObject("SELECT aggregateidentifier FROM domainevententry WHERE eventidentifier = ?",
                String.class, eventId)).isEqualTo(riskId);
    }

    @Test
    void resubmittingACommandIdHasNoSecondEffectAndAnswersAsTheFirstTime() {
        String commandId = LedgerClient.newId("cmd");
        String payload = risk(LedgerClient.newId("risk"), programme);
        var first = api.command("RaiseRisk", commandId, "2018-03-22", payload);
        long before = events();

        var second = api.command("RaiseRisk", commandId, "2018-03-22", payload);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("eventIds")).isEqualTo(first.json().get("eventIds"));
        assertThat(second.json().get("replayed").asBoolean()).isTrue();
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void reusingACommandIdForDifferentContentIsRefusedAsAConflict() {
        String commandId = LedgerClient.newId("cmd");
        api.command("RaiseRisk", commandId, "2018-03-22", risk(LedgerClient.newId("risk"), programme));
        long before = events();

        var reused = api.command("RaiseRisk", commandId, "2018-03-22", risk(LedgerClient.newId("risk"), programme));

        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.json().get("code").asText()).isEqualTo("COMMAND_ID_REUSED");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aBrokenRuleIsA422ProblemNamingTheRuleAndWritesNothing() {
        long before = events();

        var refused = api.command("WithdrawFromCollaboration", LedgerClient.newId("cmd"), "2018-02-01",
                "{\"collaborationId\":\"" + programme + "\",\"partyId\":\"notts\",\"reason\":\"left\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("code").asText()).isEqualTo("NOT_A_CURRENT_PARTY");
        assertThat(refused.json().get("detail").asText()).contains("notts");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at uk.police");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aRefusedCommandIdCanBeUsedAgainOnceCorrected() {
        String commandId = LedgerClient.newId("cmd");
        var refused = api.command("WithdrawFromCollaboration", commandId, "2018-02-01",
                "{\"collaborationId\":\"" + programme + "\",\"partyId\":\"notts\",\"reason\":\"left\"}");
        assertThat(refused.status()).isEqualTo(422);

        var accepted = api.command("WithdrawFromCollaboration", commandId, "2018-02-01",
                "{\"collaborationId\":\"" + programme + "\",\"partyId\":\"beds-pcc\",\"reason\":\"left\"}");

        assertThat(accepted.status()).isEqualTo(201);
    }

    @Test
    void registeringAnIdentifierAlreadyInUseIsAConflict() {
        long before = events();

        var again = api.command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-01-10", registration(programme));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("RECORD_ALREADY_EXISTS");
        assertThat(events()).isEqualTo(before);
    }

    @Test
    void aCommandForAnUnknownRecordIsA404() {
        var missing = api.command("MitigateRisk", LedgerClient.newId("cmd"), "2018-03-22",
                "{\"riskId\":\"no-such-risk\",\"mitigation\":\"none\"}");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("RECORD_NOT_FOUND");
    }

    @Test
    void aCommandNamingAnUnregisteredProgrammeIsA404() {
        var missing = api.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-22", risk(LedgerClient.newId("risk"), "no-such-programme"));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("code").asText()).isEqualTo("COLLABORATION_NOT_FOUND");
    }

    @Test
    void anUnknownPropertyIsA400NamingIt() {
        var refused = api.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-22",
                risk(LedgerClient.newId("risk"), programme).replace("\"label\"", "\"severity\":\"high\",\"label\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("UNKNOWN_PROPERTY");
        assertThat(refused.json().get("fields").get(0).asText()).isEqualTo("payload.severity");
    }

    @Test
    void aWrongTypeIsA400NamingTheField() {
        var refused = api.command("RequestFunding", LedgerClient.newId("cmd"), "2018-06-22",
                "{\"fundingRequestId\":\"f-1\",\"collaborationId\":\"" + programme + "\",\"amount\":[1],"
                        + "\"financialYear\":\"2018/19\",\"purpose\":\"p\",\"fundingSource\":null,\"budgetLines\":[],\"decisionReference\":null}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("fields").get(0).asText()).isEqualTo("payload.amount");
    }

    @Test
    void aNumberWhereTextIsExpectedIsRefusedNotTurnedIntoText() {
        var title = api.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-22",
                risk(LedgerClient.newId("risk"), programme).replace("\"description\":\"No proven metrics\"", "\"description\":123"));
        var money = api.command("RequestFunding", LedgerClient.newId("cmd"), "2018-06-22",
                "{\"fundingRequestId\":\"f-3\",\"collaborationId\":\"" + programme + "\",\"amount\":188000.10,"
                        + "\"financialYear\":\"2018/19\",\"purpose\":\"p\",\"fundingSource\":null,\"budgetLines\":[],\"decisionReference\":null}");

        assertThat(title.status()).as(title.toString()).isEqualTo(400);
        assertThat(title.json().get("fields").get(0).asText()).isEqualTo("payload.description");
        assertThat(money.status()).as("money as a JSON number").isEqualTo(400);
        assertThat(money.json().get("fields").get(0).asText()).isEqualTo("payload.amount");
    }

    @Test
    void moneyWithFractionsOfAPennyIsRefused() {
        var refused = api.command("RequestFunding", LedgerClient.newId("cmd"), "2018-06-22",
                "{\"fundingRequestId\":\"f-2\",\"collaborationId\":\"" + programme + "\",\"amount\":\"188000.001\","
                        + "\"financialYear\":\"2018/19\",\"purpose\":\"p\",\"fundingSource\":null,\"budgetLines\":[],\"decisionReference\":null}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("pence");
    }

    @Test
    void aMissingRequiredFieldIsA400() {
        var refused = api.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-03-22",
                "{\"riskId\":\"r-x\",\"collaborationId\":\"" + programme + "\",\"label\":null,\"description\":\" \","
                        + "\"likelihood\":null,\"impact\":null,\"owner\":null}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("INVALID_FIELD");
        assertThat(refused.json().get("fields").toString()).contains("payload.description");
    }

    @Test
    void anUnknownCommandIsA400() {
        var refused = api.command("ApproveEverything", LedgerClient.newId("cmd"), "2018-03-22", "{}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("code").asText()).isEqualTo("UNKNOWN_COMMAND");
    }

    @Test
    void aFutureEffectiveDateIsRefused() {
        var refused = api.command("RaiseRisk", LedgerClient.newId("cmd"), "2999-01-01", risk(LedgerClient.newId("risk"), programme));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("code").asText()).isEqualTo("EFFECTIVE_DATE_IN_FUTURE");
    }

    @Test
    void malformedJsonIsA400WithoutEchoingTheInput() {
        var refused = api.post("/api/commands/RaiseRisk", "application/json", "{\"commandId\": <script>");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body()).doesNotContain("<script>");
    }

    @Test
    void aWrongContentTypeIsA415() {
        var refused = api.post("/api/commands/RaiseRisk", "text/plain", "hello");

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.contentType()).startsWith("application/problem+json");
    }

    @Test
    void everyEventCarriesTheCommandEnvelopeAsMetadata() {
        String commandId = LedgerClient.newId("cmd");
        var response = api.command("RaiseRisk", commandId, "2018-03-22", risk(LedgerClient.newId("risk"), programme));
        String eventId = response.json().get("eventIds").get(0).asText();

        String metadata = new String(jdbc.queryForObject("SELECT metadata FROM domainevententry WHERE eventidentifier = ?",
                byte[].class, eventId), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(metadata).contains("\"commandId\":\"" + commandId + "\"")
                .contains("\"effectiveOn\":\"2018-03-22\"")
                .contains("\"sourceReference\":\"TEST/1\"")
                .contains("\"recordedBy\":\"" + TestClients.RECORDER + "\"");
    }
}
