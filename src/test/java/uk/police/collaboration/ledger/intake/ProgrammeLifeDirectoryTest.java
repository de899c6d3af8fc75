package uk.police.collaboration.ledger.intake;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The door reads a programme's life from programme_directory alone (issue 10: no stream read per
 * command), so the directory must hold the life exactly as corrected: registration and closure dates
 * moved by corrections, the latest winning, and the title as corrected. V190's backfill must give
 * programmes recorded before it the same row the handlers write.
 */
@LedgerIntegrationTest
class ProgrammeLifeDirectoryTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordDirectory directory;

    @Test
    void correctionsOfTheRegistrationAndTheClosureMoveTheProgrammesLifeAtTheDoor() throws Exception {
        LedgerClient api = TestClients.recorder(port);
        String programme = LedgerClient.newId("prog");
        String register = LedgerClient.newId("cmd");
        String close = LedgerClient.newId("cmd");
        assertThat(api.command("RegisterCollaboration", register, "2019-06-01", CommandApiAcceptanceTest.registration(programme))
                .status()).isEqualTo(201);
        assertThat(api.command("CloseCollaboration", close, "2023-03-31",
                "{\"collaborationId\":\"" + programme + "\",\"outcome\":\"COMPLETED\",\"reason\":\"Delivered\"}").status()).isEqualTo(201);
        correct(api, programme, register, "\"correctedEffectiveOn\":\"2018-09-01\"");
        correct(api, programme, register, "\"correctedEffectiveOn\":\"2018-10-01\"");    // the latest correction wins
        correct(api, programme, close, "\"correctedEffectiveOn\":\"2023-06-30\"");
        correct(api, programme, register, "\"correctedFacts\":{\"title\":\"Public Contact Programme\"}");

        assertThat(directory.lifeOf(programme)).contains(new ProgrammeLife(programme, "Public Contact Programme",
                java.time.LocalDate.parse("2018-10-01"), java.time.LocalDate.parse("2023-06-30")));
        // The door judges on those dates: a fact in the moved part of the life is accepted, one outside refused.
        assertThat(api.command("RaiseRisk", LedgerClient.newId("cmd"), "2023-05-01", risk(programme)).status()).isEqualTo(201);
        LedgerClient.Response early = api.command("RaiseRisk", LedgerClient.newId("cmd"), "2018-09-15", risk(programme));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().path("code").asText()).isEqualTo("BEFORE_PROGRAMME_REGISTERED");

        Map<String, Object> byHandlers = row(programme);
        // As V190 found a programme recorded before it: dates as first recorded, no title, no closing event.
        jdbc.update("UPDATE programme_directory SET registered_on = DATE '2019-06-01', closed_on = DATE '2023-03-31', "
                + "title = NULL, closed_event = NULL WHERE collaboration_id = ?", programme);
        jdbc.execute(backfillOfV190());
        assertThat(row(programme)).isEqualTo(byHandlers);
    }

    private void correct(LedgerClient api, String programme, String commandId, String correction) {
        LedgerClient.Response response = api.command("CorrectRecord", LedgerClient.newId("cmd"), "2024-01-10",
                "{\"correctionId\":\"" + LedgerClient.newId("corr") + "\",\"recordId\":\"" + programme + "\",\"commandId\":\""
                        + commandId + "\",\"whatWasWrong\":\"The paper gave another date\"," + correction + "}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private static String risk(String programme) {
        return "{\"riskId\":\"" + LedgerClient.newId("risk") + "\",\"collaborationId\":\"" + programme + "\",\"label\":\"a\","
                + "\"description\":\"Costs not finalised\",\"likelihood\":null,\"impact\":null,\"owner\":null}";
    }

    private Map<String, Object> row(String programme) {
        return jdbc.queryForMap("SELECT title, registered_on::text AS registered_on, closed_on::text AS closed_on, closed_event "
                + "FROM programme_directory WHERE collaboration_id = ?", programme);
    }

    /** The migration's data step (its WITH … UPDATE statement), as Flyway ran it on existing ledgers. */
    private static String backfillOfV190() throws Exception {
        String script = new ClassPathResource("db/migration/V190__programme_life_in_the_directory.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        return script.substring(script.indexOf("WITH registrations AS"));
    }
}
