package uk.police.collaboration.ledger.readside;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** The read side over HTTP against the running ledger and a real PostgreSQL, with data made here. */
@LedgerIntegrationTest
class ReadSideIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String PART_TWO_MARKER = "PART-TWO-MARKER-7Q";
    private static final String PASSAGE_MARKER = "REDACTED-PASSAGE-MARKER-3Z";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper mapper = new ObjectMapper();

    private LedgerClient client() {
        return new LedgerClient(port).as("secretariat", "demo-secretariat");
    }

    /** The demo user whose role gives this clearance (none for PUBLIC: an anonymous reader). */
    private static String userFor(String clearance) {
        return clearance == null ? "auditor" : clearance.equals("PUBLIC") ? null : clearance.toLowerCase();
    }

    private String register(String id) {
        accepted(client().command("RegisterCollaboration", LedgerClient.newId("cmd"), "2018-01-01", """
                {"collaborationId":"%s","title":"Test programme %s","scope":"Read side acceptance",
                 "parties":[{"partyId":"herts","name":"Hertfordshire Constabulary","kind":"FORCE","corporationSole":false},
                            {"partyId":"beds","name":"Bedfordshire Police","kind":"FORCE","corporationSole":false},
                            {"partyId":"cambs","name":"Cambridgeshire Constabulary","kind":"FORCE","corporationSole":false}],
                 "leadPartyId":null,"leadOfficer":"TACC"}""".formatted(id, id)));
        return id;
    }

    private static JsonNode accepted(LedgerClient.Response response) {
        assertThat(response.status()).as(response.toString()).isIn(200, 201);
        return response.json();
    }

    private Got get(String path, String clearance) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        String user = userFor(clearance);
        if (user != null) {
            request.header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":demo-" + user).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Got(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls until the projection has caught up (bounded). */
    private Got await(String path, Predicate<Got> caughtUp) {
        Instant deadline = Instant.now().plus(PATIENCE);
        Got last = null;
        while (Instant.now().isBefore(deadline)) {
            last = get(path, null);
            if (caughtUp.test(last)) {
                return last;
            }
            sleep(100);
        }
        throw new AssertionError("the read side did not catch up within " + PATIENCE + " for " + path + "; last answer " + last);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    record Got(int status, String contentType, String body) {
        JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException(body, e);
            }
        }
    }

    private static JsonNode party(JsonNode view, String partyId) {
        for (JsonNode party : view.path("parties")) {
            if (party.path("partyId").asText().equals(partyId)) {
                return party;
            }
        }
        throw new AssertionError("no party " + partyId + " in " + view);
    }

    @Test
    void asOfBeforeAWithdrawalShowsThePartyAsCurrent() {
        String id = register(LedgerClient.newId("read-withdrawal"));
        accepted(client().command("WithdrawFromCollaboration", LedgerClient.newId("cmd"), "2018-03-01",
                "{\"collaborationId\":\"" + id + "\",\"partyId\":\"cambs\",\"reason\":\"Single employer model not supported\"}"));

        JsonNode now = await("/api/collaborations/" + id,
                g -> g.status() == 200 && !party(g.json(), "cambs").path("current").asBoolean()).json();
        assertThat(party(now, "cambs").path("withdrawnOn").asText()).isEqualTo("2018-03-01");

        JsonNode before = get("/api/collaborations/" + id + "?asOf=2018-02-28", null).json();
        assertThat(party(before, "cambs").path("current").asBoolean()).isTrue();
        assertThat(before.path("asOf").asText()).isEqualTo("2018-02-28");

        assertThat(get("/api/collaborations/" + id + "?asOf=2017-12-31", null).status()).isEqualTo(404);
        JsonNode list = get("/api/collaborations", null).json();
        assertThat(list.findValues("collaborationId")).extracting(JsonNode::asText).contains(id);
    }

    @Test
    void aCorrectionChangesWhatKnownAtLaterShowsButNotKnownAtEarlier() {
        String id = register(LedgerClient.newId("read-correction"));
        String milestone = LedgerClient.newId("go-live");
        JsonNode set = accepted(client().command("SetMilestone", LedgerClient.newId("cmd"), "2018-01-05",
                "{\"milestoneId\":\"" + milestone + "\",\"collaborationId\":\"" + id
                        + "\",\"title\":\"Athena go-live\",\"plannedOn\":\"2018-05-01\",\"workstreamId\":null}"));
        String eventId = set.path("eventIds").get(0).asText();
        await("/api/collaborations/" + id, g -> g.status() == 200 && g.json().path("milestones").size() == 1);
        sleep(20);
        Instant beforeCorrection = Instant.now();
        sleep(20);

        accepted(client().command("CorrectRecord", LedgerClient.newId("cmd"), "2018-04-01",
                "{\"correctionId\":\"" + LedgerClient.newId("fix") + "\",\"recordId\":\"" + milestone + "\",\"eventId\":\"" + eventId
                        + "\",\"whatWasWrong\":\"The go-live date was misread from the paper\",\"correctedFacts\":{\"plannedOn\":\"2018-06-01\"}}"));
        await("/api/collaborations/" + id,
                g -> g.json().path("milestones").get(0).path("plannedOn").asText().equals("2018-06-01"));

        JsonNode earlier = get("/api/collaborations/" + id + "?knownAt=" + beforeCorrection, null).json();
        assertThat(earlier.path("milestones").get(0).path("plannedOn").asText()).isEqualTo("2018-05-01");
        JsonNode later = get("/api/collaborations/" + id + "?knownAt=" + Instant.now(), null).json();
        assertThat(later.path("milestones").get(0).path("plannedOn").asText()).isEqualTo("2018-06-01");
        assertThat(later.path("correctionsApplied").get(0).path("correctedEventId").asText()).isEqualTo(eventId);

        JsonNode timeline = get("/api/collaborations/" + id + "/timeline", null).json();
        JsonNode setLine = null;
        JsonNode correctionLine = null;
        for (JsonNode line : timeline.path("lines")) {
            if (line.path("eventId").asText().equals(eventId)) {
                setLine = line;
            }
            if (line.path("eventType").asText().equals("RecordCorrected")) {
                correctionLine = line;
            }
        }
        assertThat(timeline.path("total").asInt()).isEqualTo(3);
        assertThat(setLine.path("corrected").asBoolean()).isTrue();
        assertThat(setLine.path("correctedBy").get(0).asText()).isEqualTo(correctionLine.path("eventId").asText());
        assertThat(setLine.path("summary").asText()).isEqualTo("Milestone “Athena go-live” set for 1 May 2018");
        assertThat(setLine.path("currentSummary").asText()).isEqualTo("Milestone “Athena go-live” set for 1 June 2018");
        assertThat(correctionLine.path("correction").path("correctedFacts").path("plannedOn").asText()).isEqualTo("2018-06-01");
        assertThat(setLine.path("recordedBy").isNull()).isFalse();
        assertThat(setLine.path("source").path("reference").asText()).isEqualTo("TEST/1");
    }

    @Test
    void timelineIsPagedWithATotalAndFilteredByType() {
        String id = register(LedgerClient.newId("read-timeline"));
        accepted(client().command("WithdrawFromCollaboration", LedgerClient.newId("cmd"), "2018-03-01",
                "{\"collaborationId\":\"" + id + "\",\"partyId\":\"beds\",\"reason\":\"Left\"}"));
        JsonNode page = await("/api/collaborations/" + id + "/timeline?size=1&page=1",
                g -> g.status() == 200 && g.json().path("total").asInt() == 2).json();
        assertThat(page.path("lines")).hasSize(1);
        assertThat(page.path("lines").get(0).path("summary").asText())
                .isEqualTo("Bedfordshire Police withdrew from the collaboration: Left");
        JsonNode filtered = get("/api/collaborations/" + id + "/timeline?type=CollaborationRegistered", null).json();
        assertThat(filtered.path("total").asInt()).isEqualTo(1);
        assertThat(get("/api/collaborations/" + id + "/timeline?size=501", null).status()).isEqualTo(400);
        assertThat(get("/api/collaborations/" + id + "/timeline?from=yesterday", null).status()).isEqualTo(400);
    }

    @Test
    void aViewsLongSectionsShowTheirFirstPageWithATotalAndALinkToTheNext() {
        String id = register(LedgerClient.newId("read-paged"));
        for (int i = 0; i < 3; i++) {
            accepted(client().command("SetMilestone", LedgerClient.newId("cmd"), "2018-01-0" + (5 + i),
                    "{\"milestoneId\":\"" + LedgerClient.newId("m" + i) + "\",\"collaborationId\":\"" + id
                            + "\",\"title\":\"Milestone " + i + "\",\"plannedOn\":\"2018-05-01\",\"workstreamId\":null}"));
        }
        JsonNode whole = await("/api/collaborations/" + id, g -> g.status() == 200 && g.json().path("milestones").size() == 3).json();
        assertThat(whole.at("/pages/milestones/total").asInt()).isEqualTo(3);
        assertThat(whole.at("/pages/milestones/next").isNull()).as("all shown").isTrue();

        JsonNode first = get("/api/collaborations/" + id + "?asOf=2018-01-31&size=2", null).json();
        assertThat(first.path("milestones")).hasSize(2);
        assertThat(first.path("title").asText()).as("the rest of the view as before").startsWith("Test programme");
        assertThat(first.at("/pages/milestones/total").asInt()).isEqualTo(3);
        assertThat(first.at("/pages/milestones/shown").asInt()).isEqualTo(2);
        String next = first.at("/pages/milestones/next").asText();
        assertThat(next).isEqualTo("/api/collaborations/" + id + "?section=milestones&page=1&size=2&asOf=2018-01-31");

        JsonNode second = get(next, null).json();
        assertThat(second.path("section").asText()).isEqualTo("milestones");
        assertThat(second.path("total").asInt()).isEqualTo(3);
        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("title").asText()).isEqualTo("Milestone 2");
        assertThat(second.path("next").isNull()).isTrue();

        assertThat(get("/api/collaborations/" + id + "?section=nothing", null).status()).isEqualTo(400);
        assertThat(get("/api/collaborations/" + id + "?page=1", null).status()).as("page only with section").isEqualTo(400);
        assertThat(get("/api/collaborations/" + id + "?size=501", null).status()).isEqualTo(400);
    }

    @Test
    void aReaderWhoMayNotSeeAProgrammeGetsTheAnswerItWouldGetForOneThatDoesNotExist() {
        String id = register(LedgerClient.newId("read-public"));
        await("/api/collaborations/" + id, g -> g.status() == 200);
        for (String clearance : new String[]{"PUBLIC", "FOI"}) {
            Got hidden = get("/api/collaborations/" + id, clearance);
            Got missing = get("/api/collaborations/no-such-programme", clearance);
            assertThat(hidden.status()).as(clearance).isIn(401, 403).isEqualTo(missing.status());
            assertThat(hidden.contentType()).startsWith("application/problem+json");
            assertThat(hidden.body().replace(id, "X")).isEqualTo(missing.body().replace("no-such-programme", "X"));
            assertThat(get("/api/collaborations/" + id + "/timeline", clearance).status()).isEqualTo(hidden.status());
            assertThat(get("/api/collaborations/" + id + "?asOf=2018-06-01", clearance).status()).isEqualTo(hidden.status());
            assertThat(get("/api/collaborations", clearance).body()).doesNotContain(id);
        }
        Got none = get("/api/collaborations/no-such-programme", "BOARD");
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.json().path("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void malformedAsOfOrKnownAtIsA400Problem() {
        String id = register(LedgerClient.newId("read-bad"));
        Got badDate = get("/api/collaborations/" + id + "?asOf=01-03-2018", null);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.contentType()).startsWith("application/problem+json");
        assertThat(badDate.json().path("code").asText()).isEqualTo("INVALID_PARAMETER");
        assertThat(get("/api/collaborations/" + id + "?knownAt=last-tuesday", null).status()).isEqualTo(400);
    }

    @Test
    void foiNeverReleasesPartTwoContentOrARedactedPassageInAnyFormat() {
        String id = register(LedgerClient.newId("read-foi"));
        String ref = LedgerClient.newId("PFCC/100/2018");
        String unpublished = LedgerClient.newId("PFCC/101/2018");
        String[] commands = {
                "RecordDecision", "2018-06-22", "{\"reference\":\"" + ref + "\",\"collaborationId\":\"" + id
                        + "\",\"title\":\"Contact management change, affecting " + PASSAGE_MARKER + "\",\"decisionMaker\":\"PFCC\","
                        + "\"reportAuthor\":\"Author\",\"reportDate\":\"2018-06-20\",\"recommendations\":[\"Approve £188,000; inform "
                        + PASSAGE_MARKER + "\"],\"expenditure\":\"188000.00\",\"flaggedSignificant\":false,"
                        + "\"significanceReason\":null,\"optionIds\":[],\"agreementIds\":[],\"fundingRequestIds\":[]}",
                "RecordSignOff", "2018-06-22", "{\"reference\":\"" + ref + "\",\"role\":\"TREASURER\",\"name\":\"Abbey Gough\"}",
                "RequireRedaction", "2018-06-23", "{\"reference\":\"" + ref + "\",\"redactionId\":\"r1\",\"part\":\"Appendix\",\"passage\":\""
                        + PASSAGE_MARKER + "\",\"exemption\":\"s.40 FOIA personal information\"}",
                "CompleteRedaction", "2018-06-24", "{\"reference\":\"" + ref + "\",\"redactionId\":\"r1\",\"signedOffBy\":\"David Lawson\",\"signedOffRole\":\"CHIEF_EXECUTIVE\"}",
                "AttachPartTwo", "2018-06-24", "{\"reference\":\"" + ref + "\",\"partTwoId\":\"p2\",\"content\":\"Supplier prices "
                        + PART_TWO_MARKER + "\",\"ground\":\"COMMERCIAL_SENSITIVITY\"}",
                "MakeDecision", "2018-06-25", "{\"reference\":\"" + ref + "\",\"outcome\":\"AGREED\",\"decidedBy\":\"R.C. Hirst\",\"reasons\":\"=HYPERLINK(\\\"http://x\\\")\"}",
                "DecidePublication", "2018-06-25", "{\"reference\":\"" + ref + "\",\"forPublication\":true,\"reason\":null}",
                "PublishDecision", "2018-06-26", "{\"reference\":\"" + ref + "\",\"url\":\"https://example.org/decisions/100\"}",
                "RecordDecision", "2018-06-27", "{\"reference\":\"" + unpublished + "\",\"collaborationId\":\"" + id
                        + "\",\"title\":\"Not yet published\",\"decisionMaker\":\"PFCC\",\"reportAuthor\":\"Author\",\"reportDate\":null,"
                        + "\"recommendations\":[],\"expenditure\":null,\"flaggedSignificant\":false,\"significanceReason\":null,"
                        + "\"optionIds\":[],\"agreementIds\":[],\"fundingRequestIds\":[]}"};
        for (int i = 0; i < commands.length; i += 3) {
            accepted(client().command(commands[i], LedgerClient.newId("cmd"), commands[i + 1], commands[i + 2]));
        }
        String path = "/api/foi/decision-history?collaboration=" + id;
        await("/api/registers/decisions?collaboration=" + id, g -> g.json().size() == 2);
        JsonNode json = await(path, g -> g.status() == 200 && g.json().path("decisions").size() == 1).json();

        String csv = get(path + "&format=csv", "FOI").body();
        String html = get(path + "&format=html", "FOI").body();
        String auditorJson = get(path, "AUDITOR").body();
        for (String release : new String[]{json.toString(), csv, html, auditorJson}) {
            assertThat(release).doesNotContain(PART_TWO_MARKER).doesNotContain(PASSAGE_MARKER).doesNotContain("Not yet published");
        }
        assertThat(json.path("decisions").get(0).path("title").asText())
                .isEqualTo("Contact management change, affecting [Redacted: s.40 FOIA personal information]");
        assertThat(json.path("withheld")).hasSize(2);
        assertThat(json.path("withheld").findValues("exemption")).extracting(JsonNode::asText)
                .contains("s.40 FOIA personal information", "Commercial sensitivity");
        // The FOI page's own template (web.pages.FoiDocumentApi), with the ledger's print stylesheet.
        assertThat(html).startsWith("<!DOCTYPE html>").contains("Information withheld").contains("/assets/ledger/print.css")
                .contains("Abbey Gough").contains("£188,000.00");
        assertThat(csv.split("\r\n")).hasSize(2);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").contains("[Redacted: s.40 FOIA personal information]");

        JsonNode publicRegister = mapperRead(get("/api/registers/decisions?collaboration=" + id, "PUBLIC").body());
        assertThat(publicRegister).hasSize(1);
        assertThat(publicRegister.toString()).doesNotContain(PART_TWO_MARKER).doesNotContain(PASSAGE_MARKER);
        JsonNode boardRegister = mapperRead(get("/api/registers/decisions?collaboration=" + id, "BOARD").body());
        assertThat(boardRegister).hasSize(2);
        assertThat(boardRegister.toString()).doesNotContain(PART_TWO_MARKER).contains(PASSAGE_MARKER);
        assertThat(get("/api/registers/decisions?collaboration=" + id, "AUDITOR").body()).contains(PART_TWO_MARKER);
        assertThat(get("/api/collaborations/" + id + "/timeline", "BOARD").body()).doesNotContain(PART_TWO_MARKER);
        assertThat(get(path, "PUBLIC").status()).as("an anonymous reader produces no FOI history").isEqualTo(401);
    }

    @Test
    void registersListAgreementsInForceAndFundingByParty() {
        String id = register(LedgerClient.newId("read-registers"));
        String agreement = LedgerClient.newId("s22a");
        String funding = LedgerClient.newId("fund");
        String[] commands = {
                "DraftAgreement", "{\"agreementId\":\"" + agreement + "\",\"collaborationId\":\"" + id + "\",\"kind\":\"SECTION_22A\","
                        + "\"title\":\"Section 22A collaboration agreement\",\"parties\":[{\"partyId\":\"herts\",\"name\":\"Hertfordshire Constabulary\",\"signatureRequired\":true}],"
                        + "\"supersedesAgreementId\":null,\"signBy\":null}",
                "SignAgreement", "{\"agreementId\":\"" + agreement + "\",\"partyId\":\"herts\",\"signatory\":\"Chief Constable\"}",
                "AgreeCostSharing", "{\"collaborationId\":\"" + id + "\",\"modelId\":\"formula\",\"name\":\"Funding formula\",\"basis\":\"FUNDING_FORMULA\","
                        + "\"shares\":[{\"partyId\":\"herts\",\"share\":\"50\"},{\"partyId\":\"beds\",\"share\":\"30\"},{\"partyId\":\"cambs\",\"share\":\"20\"}],\"decisionReference\":null}",
                "RequestFunding", "{\"fundingRequestId\":\"" + funding + "\",\"collaborationId\":\"" + id + "\",\"amount\":\"100000.00\",\"financialYear\":\"2018/19\","
                        + "\"purpose\":\"Implementation team\",\"fundingSource\":null,\"budgetLines\":[],\"decisionReference\":null}",
                "RecordDirectContribution", "{\"contributionId\":\"" + LedgerClient.newId("own") + "\",\"collaborationId\":\"" + id + "\","
                        + "\"partyId\":\"herts\",\"amount\":\"45000.00\",\"financialYear\":\"2018/19\",\"purpose\":\"Estates works\","
                        + "\"fundingSource\":\"PCC reserve\",\"decisionReference\":null}",
                "RecordIncome", "{\"incomeId\":\"" + LedgerClient.newId("fees") + "\",\"collaborationId\":\"" + id + "\","
                        + "\"amount\":\"12500.00\",\"financialYear\":\"2018/19\",\"receivedFrom\":\"College of Policing\","
                        + "\"description\":\"Course fees\"}"};
        for (int i = 0; i < commands.length; i += 2) {
            accepted(client().command(commands[i], LedgerClient.newId("cmd"), "2018-04-01", commands[i + 1]));
        }
        JsonNode agreements = await("/api/registers/agreements?collaboration=" + id, g -> g.json().size() == 1).json();
        assertThat(agreements.get(0).path("inForceSince").asText()).isEqualTo("2018-04-01");
        assertThat(agreements.get(0).path("parties").get(0).path("signatory").asText()).isEqualTo("Chief Constable");
        JsonNode rows = await("/api/registers/funding?collaboration=" + id, g -> g.json().size() == 6).json();
        assertThat(rows.get(0).path("partyId").isNull()).isTrue();
        assertThat(rows.get(0).path("kind").asText()).isEqualTo("SHARED");
        assertThat(rows.get(0).path("requested").asText()).as("the shared year is not swollen by money outside the model")
                .isEqualTo("100000.00");
        assertThat(rows.findValues("requested")).extracting(JsonNode::asText).contains("50000.00", "30000.00", "20000.00");
        JsonNode own = rows.get(4);
        assertThat(own.path("kind").asText()).isEqualTo("DIRECT_CONTRIBUTION");
        assertThat(own.path("partyId").asText()).isEqualTo("herts");
        assertThat(own.path("amount").asText()).isEqualTo("45000.00");
        assertThat(own.path("share").isNull() && own.path("requested").isNull() && own.path("allocated").isNull()).isTrue();
        JsonNode income = rows.get(5);
        assertThat(income.path("kind").asText()).isEqualTo("INCOME");
        assertThat(income.path("receivedFrom").asText()).isEqualTo("College of Policing");
        assertThat(income.path("amount").asText()).isEqualTo("12500.00");
        assertThat(income.path("requested").isNull()).isTrue();
        String page = get("/registers/funding?collaboration=" + id, "PUBLIC").body();
        String outside = page.substring(page.indexOf("id=\"funding-outside\""));
        assertThat(page.substring(0, page.indexOf("id=\"funding-outside\""))).contains("£100,000.00").doesNotContain("£45,000.00");
        assertThat(outside).contains("Direct contribution", "£45,000.00", "Income", "College of Policing", "£12,500.00");
    }

    private JsonNode mapperRead(String body) {
        try {
            return mapper.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }
}
