package uk.police.collaboration.ledger.foi;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The streamed FOI exports (JSON and CSV written row by row from the decisions register) are the
 * same documents as the history built in memory from the programmes' views, for every programme
 * of the seed papers, for all programmes together, and for a period.
 */
@LedgerIntegrationTest
class DecisionHistoryStreamTest {

    @LocalServerPort
    int port;
    @Autowired
    DecisionHistories histories;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void streamedJsonAndCsvAreTheHistoryBuiltInMemory() throws Exception {
        LedgerClient foi = new LedgerClient(port).as("foi", "demo-foi");
        String reference = publishedDecisionWithARedactionAndPartTwo();
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (jdbc.queryForList("SELECT 1 FROM register_decision WHERE reference = ? AND published", reference).isEmpty()) {
            assertThat(System.nanoTime()).as("the decision reaches the register").isLessThan(deadline);
            Thread.sleep(50);
        }
        List<String> programmes = new ArrayList<>(jdbc.queryForList("SELECT collaboration_id FROM programme_state", String.class));
        programmes.add(null);
        for (String programme : programmes) {
            for (LocalDate[] period : List.of(new LocalDate[]{null, null}, new LocalDate[]{LocalDate.parse("2018-01-01"), LocalDate.parse("2018-12-31")})) {
                String query = "/api/foi/decision-history?" + (programme == null ? "" : "collaboration=" + programme + "&")
                        + (period[0] == null ? "" : "from=" + period[0] + "&to=" + period[1] + "&");
                DecisionHistoryView expected = histories.history(programme, period[0], period[1], Clearance.FOI);

                var json = foi.get(query + "format=json");
                assertThat(json.status()).isEqualTo(200);
                JsonNode streamed = LedgerJson.mapper().readTree(json.body());
                // Through text, as a client reads it: valueToTree would keep a long as a LongNode where the
                // parsed answer holds an IntNode, and JsonNode equality tells those apart.
                JsonNode built = LedgerJson.mapper().readTree(LedgerJson.mapper().writeValueAsString(expected));
                assertThat(streamed).as(query).isEqualTo(built);

                var csv = foi.get(query + "format=csv");
                assertThat(csv.status()).isEqualTo(200);
                assertThat(csv.body()).as(query).isEqualTo(DecisionHistoryFormats.csv(expected));
            }
        }
    }

    private String publishedDecisionWithARedactionAndPartTwo() {
        LedgerClient recorder = new LedgerClient(port).as("secretariat", "demo-secretariat");
        String programme = LedgerClient.newId("foi-prog");
        String ref = LedgerClient.newId("FOI");
        String[][] commands = {
                {"RegisterCollaboration", "2018-01-10", "{\"collaborationId\":\"" + programme + "\",\"title\":\"Streamed, history\","
                        + "\"scope\":\"s\",\"parties\":[{\"partyId\":\"a\",\"name\":\"A\",\"kind\":\"FORCE\",\"corporationSole\":true}],"
                        + "\"leadPartyId\":null,\"leadOfficer\":null}"},
                {"RecordDecision", "2018-06-22", "{\"reference\":\"" + ref + "\",\"collaborationId\":\"" + programme + "\","
                        + "\"title\":\"=Contact, \\\"Management\\\"\",\"decisionMaker\":\"PCC\",\"reportAuthor\":\"Ch Insp\","
                        + "\"reportDate\":\"2018-06-22\",\"recommendations\":[\"Agree naming Jo Bloggs\",\"Second\"],"
                        + "\"expenditure\":\"188000.00\",\"flaggedSignificant\":false,\"significanceReason\":null,\"optionIds\":[],"
                        + "\"agreementIds\":[],\"fundingRequestIds\":[]}"},
                {"MakeDecision", "2018-07-16", "{\"reference\":\"" + ref + "\",\"outcome\":\"AGREED\",\"decidedBy\":\"R.C. Hirst\","
                        + "\"reasons\":\"I agree\"}"},
                {"DecidePublication", "2018-07-03", "{\"reference\":\"" + ref + "\",\"forPublication\":true,\"reason\":null}"},
                {"RequireRedaction", "2018-07-03", "{\"reference\":\"" + ref + "\",\"redactionId\":\"r1\",\"part\":\"Recommendations\","
                        + "\"passage\":\"Jo Bloggs\",\"exemption\":\"s.40 FOIA personal information\"}"},
                {"CompleteRedaction", "2018-07-17", "{\"reference\":\"" + ref + "\",\"redactionId\":\"r1\",\"signedOffBy\":\"Abbey Gough\","
                        + "\"signedOffRole\":\"TREASURER\"}"},
                {"AttachPartTwo", "2018-07-17", "{\"reference\":\"" + ref + "\",\"partTwoId\":\"p2\",\"content\":\"Supplier prices\","
                        + "\"ground\":\"COMMERCIAL_SENSITIVITY\"}"},
                {"PublishDecision", "2018-07-18", "{\"reference\":\"" + ref + "\",\"url\":\"https://www.example.org/d\"}"}};
        for (String[] command : commands) {
            var answer = recorder.command(command[0], LedgerClient.newId("cmd"), command[1], command[2]);
            assertThat(answer.status()).as(command[0] + " " + answer).isEqualTo(201);
        }
        return ref;
    }

    @Test
    void anUnknownProgrammeIsRefusedBeforeAnyByteIsStreamed() {
        var answer = new LedgerClient(port).as("foi", "demo-foi").get("/api/foi/decision-history?collaboration=no-such-programme&format=csv");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).contains("problem+json");
    }
}
