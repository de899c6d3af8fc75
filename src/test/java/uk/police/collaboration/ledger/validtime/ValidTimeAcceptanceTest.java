package uk.police.collaboration.ledger.validtime;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.support.Journal;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.support.Journal.awaitReadSide;
import static uk.police.collaboration.ledger.support.Journal.lineOf;

/**
 * Issue 8, "what was seen": each case as a small journal typed in the order a secretariat would type
 * it from the papers, against the running ledger. The answers follow the dates on which things
 * happened, never the order in which the lines were recorded.
 */
@LedgerIntegrationTest
class ValidTimeAcceptanceTest {

    @LocalServerPort
    int port;

    private LedgerClient secretariat() {
        return new LedgerClient(port).as("secretariat", "demo-secretariat");
    }

    private LedgerClient auditor() {
        return new LedgerClient(port).as("auditor", "demo-auditor");
    }

    private static final String SIX_PARTIES = "["
            + "{'partyId':'pcc-a','name':'PCC for A','kind':'PCC','corporationSole':true},"
            + "{'partyId':'pcc-b','name':'PCC for B','kind':'PCC','corporationSole':true},"
            + "{'partyId':'pcc-c','name':'PCC for C','kind':'PCC','corporationSole':true},"
            + "{'partyId':'cc-a','name':'Chief Constable of A','kind':'CHIEF_CONSTABLE','corporationSole':true},"
            + "{'partyId':'cc-b','name':'Chief Constable of B','kind':'CHIEF_CONSTABLE','corporationSole':true},"
            + "{'partyId':'cc-c','name':'Chief Constable of C','kind':'CHIEF_CONSTABLE','corporationSole':true}]";

    private static String register(String parties) {
        return "{'collaborationId':'p-{run}','title':'Joint control room {run}','scope':'Three forces',"
                + "'parties':" + parties + ",'leadPartyId':null,'leadOfficer':null}";
    }

    private static String forcesAndFire() {
        return "[{'partyId':'force-a','name':'Force A','kind':'FORCE','corporationSole':false},"
                + "{'partyId':'force-b','name':'Force B','kind':'FORCE','corporationSole':false},"
                + "{'partyId':'force-c','name':'Force C','kind':'FORCE','corporationSole':false},"
                + "{'partyId':'fire','name':'Fire Authority','kind':'FIRE_AND_RESCUE','corporationSole':false}]";
    }

    private JsonNode get(String path) {
        LedgerClient.Response response = auditor().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode find(JsonNode list, String field, String value) {
        for (JsonNode item : list) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("No item with " + field + "=" + value + " in " + list);
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    @Test
    void case1AnAgreementIsInForceFromItsLastSignatureInTheWorldNotTheLastOneRecorded() {
        Journal j = new Journal();
        String p = j.id("p");
        String s22a = j.id("s22a");
        j.line("RegisterCollaboration", "{run}-register", "2019-04-01", register(SIX_PARTIES))
                .line("DraftAgreement", "{run}-draft", "2020-10-01", "{'agreementId':'s22a-{run}','collaborationId':'p-{run}',"
                        + "'kind':'SECTION_22A','title':'Section 22A agreement','parties':["
                        + "{'partyId':'pcc-a','name':'PCC for A','signatureRequired':true},{'partyId':'pcc-b','name':'PCC for B','signatureRequired':true},"
                        + "{'partyId':'pcc-c','name':'PCC for C','signatureRequired':true},{'partyId':'cc-a','name':'Chief Constable of A','signatureRequired':true},"
                        + "{'partyId':'cc-b','name':'Chief Constable of B','signatureRequired':true},{'partyId':'cc-c','name':'Chief Constable of C','signatureRequired':true}],"
                        + "'supersedesAgreementId':null,'signBy':null}")
                .line("SignAgreement", "{run}-sign-pcc-a", "2020-11-02", "{'agreementId':'s22a-{run}','partyId':'pcc-a','signatory':'PCC A'}")
                .line("SignAgreement", "{run}-sign-pcc-b", "2020-11-20", "{'agreementId':'s22a-{run}','partyId':'pcc-b','signatory':'PCC B'}")
                .line("SignAgreement", "{run}-sign-pcc-c", "2020-11-05", "{'agreementId':'s22a-{run}','partyId':'pcc-c','signatory':'PCC C'}")
                .line("SignAgreement", "{run}-sign-cc-a", "2020-11-09", "{'agreementId':'s22a-{run}','partyId':'cc-a','signatory':'CC A'}")
                .line("SignAgreement", "{run}-sign-cc-b", "2020-11-10", "{'agreementId':'s22a-{run}','partyId':'cc-b','signatory':'CC B'}")
                .line("SignAgreement", "{run}-sign-cc-c", "2020-11-12", "{'agreementId':'s22a-{run}','partyId':'cc-c','signatory':'CC C'}");
        JsonNode report = j.importWith(secretariat());
        assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
        awaitReadSide(auditor(), p, report);

        JsonNode agreement = find(get("/api/collaborations/" + p).path("agreements"), "agreementId", s22a);
        assertThat(agreement.path("status").asText()).isEqualTo("IN_FORCE");
        assertThat(agreement.path("inForceSince").asText()).isEqualTo("2020-11-20");

        JsonNode register = find(get("/api/registers/agreements?collaboration=" + p), "agreementId", s22a);
        assertThat(register.path("inForceSince").asText()).isEqualTo("2020-11-20");

        JsonNode asOf = find(get("/api/collaborations/" + p + "?asOf=2020-11-15").path("agreements"), "agreementId", s22a);
        assertThat(asOf.path("status").asText()).as("not in force while a required signature is missing").isEqualTo("DRAFT");
        assertThat(asOf.path("inForceSince").isNull()).isTrue();
        assertThat(find(asOf.path("parties"), "partyId", "pcc-b").path("signedOn").isNull()).isTrue();

        List<JsonNode> lines = list(get("/api/collaborations/" + p + "/timeline?size=500").path("lines"));
        int completing = indexOf(lines, lineOf(report, "{run}-sign-pcc-b".replace("{run}", j.run())).path("eventIds").get(0).asText());
        int inForce = lines.stream().map(l -> l.path("eventType").asText()).toList().indexOf("AgreementInForce");
        assertThat(lines.get(inForce).path("effectiveOn").asText()).isEqualTo("2020-11-20");
        assertThat(inForce).as("'in force' sits after the signature that completed it").isGreaterThan(completing);
    }

    private static int indexOf(List<JsonNode> lines, String eventId) {
        for (int i = 0; i < lines.size(); i++) {
            if (eventId.equals(lines.get(i).path("eventId").asText())) {
                return i;
            }
        }
        throw new AssertionError("no line for " + eventId);
    }

    @Test
    void case2EachFinancialYearIsSplitByTheModelThatAppliedToItAndPastYearsKeepTheirSplit() {
        Journal j = new Journal();
        String p = j.id("p");
        j.line("RegisterCollaboration", "{run}-register", "2019-04-01", register(forcesAndFire()))
                .line("AgreeCostSharing", "{run}-model-2020", "2020-03-10", "{'collaborationId':'p-{run}','modelId':'formula-2020',"
                        + "'name':'2020 formula','basis':'FUNDING_FORMULA','shares':[{'partyId':'force-a','share':'40'},"
                        + "{'partyId':'force-b','share':'30'},{'partyId':'force-c','share':'25'},{'partyId':'fire','share':'5'}],"
                        + "'decisionReference':'Board 10 March 2020','appliesFrom':'2020-04-01'}")
                .line("RequestFunding", "{run}-fund-2020", "2020-04-15", funding("f-2020-{run}", "2020/21", "100000.00"))
                .line("RequestFunding", "{run}-fund-2021", "2021-04-15", funding("f-2021-{run}", "2021/22", "200000.00"))
                .line("AgreeCostSharing", "{run}-model-2022", "2022-03-01", "{'collaborationId':'p-{run}','modelId':'formula-2022',"
                        + "'name':'2022 formula','basis':'FUNDING_FORMULA','shares':[{'partyId':'force-a','share':'50'},"
                        + "{'partyId':'force-b','share':'30'},{'partyId':'force-c','share':'20'}],"
                        + "'decisionReference':'Board 1 March 2022','appliesFrom':'2022-04-01'}")
                .line("RequestFunding", "{run}-fund-2022", "2022-04-15", funding("f-2022-{run}", "2022/23", "300000.00"));
        JsonNode report = j.importWith(secretariat());
        assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
        awaitReadSide(auditor(), p, report);

        JsonNode now = get("/api/collaborations/" + p);
        JsonNode y2020 = find(now.path("fundingByYear"), "financialYear", "2020/21");
        JsonNode y2021 = find(now.path("fundingByYear"), "financialYear", "2021/22");
        JsonNode y2022 = find(now.path("fundingByYear"), "financialYear", "2022/23");
        assertThat(y2020.path("costSharingModelId").asText()).isEqualTo("formula-2020");
        assertThat(y2021.path("costSharingModelId").asText()).isEqualTo("formula-2020");
        assertThat(y2022.path("costSharingModelId").asText()).isEqualTo("formula-2022");
        assertThat(find(y2020.path("byParty"), "partyId", "fire").path("requested").asText()).isEqualTo("5000.00");
        assertThat(find(y2021.path("byParty"), "partyId", "fire").path("requested").asText()).isEqualTo("10000.00");
        assertThat(list(y2022.path("byParty"))).extracting(n -> n.path("partyId").asText()).doesNotContain("fire");

        JsonNode before2022 = find(get("/api/collaborations/" + p + "?asOf=2021-06-01").path("fundingByYear"),
                "financialYear", "2020/21");
        assertThat(before2022.path("byParty")).as("the same year gives the same split at every asOf").isEqualTo(y2020.path("byParty"));
        assertThat(find(now.path("costSharing"), "modelId", "formula-2022").path("inUse").asBoolean()).isTrue();
        assertThat(find(now.path("costSharing"), "modelId", "formula-2022").path("appliesFrom").asText()).isEqualTo("2022-04-01");

        JsonNode register = get("/api/registers/funding?collaboration=" + p + "&financialYear=2021/22");
        assertThat(find(register, "partyId", "fire").path("requested").asText()).isEqualTo("10000.00");
        assertThat(find(register, "partyId", "fire").path("costSharingModel").asText()).isEqualTo("formula-2020");
    }

    private static String funding(String id, String year, String amount) {
        return "{'fundingRequestId':'" + id + "','collaborationId':'p-{run}','amount':'" + amount + "','financialYear':'" + year
                + "','purpose':'Control room','fundingSource':null,'budgetLines':[],'decisionReference':null}";
    }

    @Test
    void case3PartiesAmountsAlwaysAddUpToTheYearsAmount() {
        Journal j = new Journal();
        String p = j.id("p");
        j.line("RegisterCollaboration", "{run}-register", "2019-04-01", register(forcesAndFire()))
                .line("AgreeCostSharing", "{run}-halves", "2019-04-01", "{'collaborationId':'p-{run}','modelId':'halves',"
                        + "'name':'Halves','basis':'EQUAL','shares':[{'partyId':'force-a','share':'50'},{'partyId':'force-b','share':'50'}],"
                        + "'decisionReference':null,'appliesFrom':null}")
                .line("RequestFunding", "{run}-fund-2019", "2019-05-01", funding("f-2019-{run}", "2019/20", "63999.99"))
                .line("AgreeCostSharing", "{run}-thirds", "2020-03-01", "{'collaborationId':'p-{run}','modelId':'thirds',"
                        + "'name':'Thirds','basis':'EQUAL','shares':[{'partyId':'force-a','share':'33.3333'},"
                        + "{'partyId':'force-b','share':'33.3333'},{'partyId':'force-c','share':'33.3334'}],"
                        + "'decisionReference':null,'appliesFrom':'2020-04-01'}")
                .line("RequestFunding", "{run}-fund-2020", "2020-05-01", funding("f-2020-{run}", "2020/21", "100.00"));
        JsonNode report = j.importWith(secretariat());
        assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
        awaitReadSide(auditor(), p, report);

        for (JsonNode year : get("/api/collaborations/" + p).path("fundingByYear")) {
            BigDecimal sum = list(year.path("byParty")).stream().map(n -> new BigDecimal(n.path("requested").asText()))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(year.toString()).isEqualByComparingTo(year.path("requested").asText());
        }
        JsonNode y2019 = find(get("/api/collaborations/" + p).path("fundingByYear"), "financialYear", "2019/20");
        assertThat(list(y2019.path("byParty"))).extracting(n -> n.path("requested").asText())
                .containsExactly("32000.00", "31999.99");
    }

    @Test
    void case4AModelForTheNextPartiesIsJudgedOnItsOwnDateWhicheverLineCameFirst() {
        for (boolean withdrawalFirst : new boolean[]{false, true}) {
            Journal j = new Journal();
            String p = j.id("p");
            j.line("RegisterCollaboration", "{run}-register", "2019-04-01", register(forcesAndFire()));
            String withdrawal = "{'collaborationId':'p-{run}','partyId':'fire','reason':'Notice of exit given'}";
            String revised = "{'collaborationId':'p-{run}','modelId':'three-forces','name':'Three forces',"
                    + "'basis':'FUNDING_FORMULA','shares':[{'partyId':'force-a','share':'40'},{'partyId':'force-b','share':'35'},"
                    + "{'partyId':'force-c','share':'25'}],'appliesFrom':'2022-05-16'}";
            if (withdrawalFirst) {
                j.line("WithdrawFromCollaboration", "{run}-fire-leaves", "2022-05-15", withdrawal);
            }
            j.line("ProposeCostSharing", "{run}-revised", "2022-04-01", revised);
            if (!withdrawalFirst) {
                j.line("WithdrawFromCollaboration", "{run}-fire-leaves", "2022-05-15", withdrawal);
            }
            // A model applying from before the exit still names the fire authority, whichever line was typed first.
            j.line("ProposeCostSharing", "{run}-old", "2022-04-01", "{'collaborationId':'p-{run}','modelId':'four',"
                    + "'name':'Four','basis':'FUNDING_FORMULA','shares':[{'partyId':'force-a','share':'40'},{'partyId':'force-b','share':'30'},"
                    + "{'partyId':'force-c','share':'25'},{'partyId':'fire','share':'5'}],'appliesFrom':'2022-04-01'}");
            // …but a model applying after it cannot.
            j.line("ProposeCostSharing", "{run}-wrong", "2022-04-01", "{'collaborationId':'p-{run}','modelId':'wrong',"
                    + "'name':'Wrong','basis':'FUNDING_FORMULA','shares':[{'partyId':'force-a','share':'40'},{'partyId':'force-b','share':'30'},"
                    + "{'partyId':'force-c','share':'25'},{'partyId':'fire','share':'5'}],'appliesFrom':'2022-06-01'}");
            JsonNode report = j.importWith(secretariat());
            assertThat(lineOf(report, j.run() + "-revised").path("status").asText()).as(report.toString()).isEqualTo("accepted");
            assertThat(lineOf(report, j.run() + "-fire-leaves").path("status").asText()).isEqualTo("accepted");
            assertThat(lineOf(report, j.run() + "-old").path("status").asText()).isEqualTo("accepted");
            JsonNode wrong = lineOf(report, j.run() + "-wrong");
            assertThat(wrong.path("code").asText()).isEqualTo("SHARES_NOT_FOR_CURRENT_PARTIES");
            assertThat(wrong.path("rule").asText()).contains("'fire'", "2022-06-01", "withdrew on 2022-05-15");
        }
    }

    @Test
    void case5AJournalCorrectsTheDateOfItsOwnLineAndTheFactMovesInValidTime() {
        Journal j = new Journal();
        String p = j.id("p");
        String reference = "D/{run}/2018";
        j.line("RegisterCollaboration", "{run}-register", "2018-01-01", register(forcesAndFire()))
                .line("RecordDecision", "{run}-decision", "2018-05-30", "{'reference':'" + reference + "','collaborationId':'p-{run}',"
                        + "'title':'Control room change','decisionMaker':'PCC','reportAuthor':'Ch Insp','reportDate':'2018-05-30',"
                        + "'recommendations':['Approve'],'expenditure':null,'flaggedSignificant':false,'significanceReason':null,"
                        + "'optionIds':[],'agreementIds':[],'fundingRequestIds':[]}")
                .line("RecordSignOff", "{run}-sign-off-ceo", "2018-06-02", "{'reference':'" + reference + "','role':'CHIEF_EXECUTIVE','name':'A Lawson'}");
        JsonNode first = j.importWith(secretariat());
        assertThat(first.path("refused").asInt()).as(first.toString()).isZero();
        awaitReadSide(auditor(), p, first);
        String beforeCorrection = java.time.Instant.now().toString();
        String signOffEvent = lineOf(first, j.run() + "-sign-off-ceo").path("eventIds").get(0).asText();

        j.line("CorrectRecord", "{run}-correct-sign-off", "2018-07-20", "{'correctionId':'c-{run}','recordId':'" + reference + "',"
                + "'commandId':'{run}-sign-off-ceo','whatWasWrong':'Typed as 2 June; the sign-off sheet says 4 June',"
                + "'correctedEffectiveOn':'2018-06-04','correctedSource':{'reference':'SIGN-OFF SHEET','section':'1','title':'Sign-off','url':null}}");
        JsonNode second = j.importWith(secretariat());
        assertThat(second.path("refused").asInt()).as(second.toString()).isZero();
        awaitReadSide(auditor(), p, first, second);
        String correctionEvent = lineOf(second, j.run() + "-correct-sign-off").path("eventIds").get(0).asText();

        JsonNode decision = get("/api/collaborations/" + p).path("decisions").get(0);
        assertThat(decision.path("signOffs").get(0).path("signedOn").asText()).isEqualTo("2018-06-04");
        assertThat(get("/api/collaborations/" + p + "?asOf=2018-06-03").path("decisions").get(0).path("signOffs")).isEmpty();
        assertThat(get("/api/collaborations/" + p + "?asOf=2018-06-03&knownAt=" + beforeCorrection)
                .path("decisions").get(0).path("signOffs").get(0).path("signedOn").asText())
                .as("known before the correction: the original date").isEqualTo("2018-06-02");

        List<JsonNode> lines = list(get("/api/collaborations/" + p + "/timeline?size=500").path("lines"));
        JsonNode corrected = lines.get(indexOf(lines, signOffEvent));
        assertThat(corrected.path("effectiveOn").asText()).isEqualTo("2018-06-04");
        assertThat(corrected.path("effectiveOnAsRecorded").asText()).isEqualTo("2018-06-02");
        assertThat(corrected.path("source").path("reference").asText()).isEqualTo("SIGN-OFF SHEET");
        assertThat(corrected.path("correctedBy").get(0).asText()).isEqualTo(correctionEvent);
        assertThat(list(corrected.path("changes"))).extracting(c -> c.path("label").asText() + ": " + c.path("from").asText()
                + " → " + c.path("to").asText())
                .containsExactly("date it happened: 2018-06-02 → 2018-06-04", "source paper: PAPER/1, Board paper → SIGN-OFF SHEET, section 1, Sign-off");
        JsonNode correction = lines.get(indexOf(lines, correctionEvent)).path("correction");
        assertThat(correction.path("correctedEventId").asText()).isEqualTo(signOffEvent);
        assertThat(correction.path("changes").get(0).path("to").asText()).isEqualTo("2018-06-04");
    }

    @Test
    void case6FactsOutsideTheProgrammesLifeAreRefusedForEveryRecord() {
        Journal j = new Journal();
        String p = j.id("p");
        j.line("RegisterCollaboration", "{run}-register", "2019-06-01", register(forcesAndFire()))
                .line("RaiseRisk", "{run}-early-risk", "2018-10-01", risk("early-{run}"));
        JsonNode first = j.importWith(secretariat());
        JsonNode early = lineOf(first, j.run() + "-early-risk");
        assertThat(early.path("code").asText()).as(first.toString()).isEqualTo("BEFORE_PROGRAMME_REGISTERED");
        assertThat(early.path("rule").asText()).contains("2019-06-01", "correcting the registration's date");

        // The programme's earlier history: correct the registration's date, then the earlier fact is accepted.
        j.line("CorrectRecord", "{run}-earlier-start", "2019-07-01", "{'correctionId':'start-{run}','recordId':'p-{run}',"
                        + "'commandId':'{run}-register','whatWasWrong':'The programme began in September 2018',"
                        + "'correctedEffectiveOn':'2018-09-01'}")
                .line("RaiseRisk", "{run}-early-risk-again", "2018-10-01", risk("early-{run}"))
                .line("DraftAgreement", "{run}-draft", "2019-07-01", "{'agreementId':'a-{run}','collaborationId':'p-{run}',"
                        + "'kind':'MEMORANDUM','title':'MoU','parties':[{'partyId':'force-a','name':'Force A','signatureRequired':true}],"
                        + "'supersedesAgreementId':null,'signBy':null}")
                .line("SetMilestone", "{run}-milestone", "2019-07-01", "{'milestoneId':'m-{run}','collaborationId':'p-{run}',"
                        + "'title':'Go-live','plannedOn':'2022-12-01','workstreamId':null}")
                .line("CloseCollaboration", "{run}-close", "2023-03-31", "{'collaborationId':'p-{run}','outcome':'COMPLETED','reason':'Delivered'}")
                .line("RaiseRisk", "{run}-late-risk", "2023-05-01", risk("late-{run}"))
                .line("SignAgreement", "{run}-late-sign", "2023-04-02", "{'agreementId':'a-{run}','partyId':'force-a','signatory':'Chief Constable'}")
                .line("RequestFunding", "{run}-late-funding", "2023-04-20", funding("late-f-{run}", "2023/24", "1000.00"))
                .line("AchieveMilestone", "{run}-achieved-late", "2023-06-01", "{'milestoneId':'m-{run}','note':'Live'}")
                .line("JoinCollaboration", "{run}-late-join", "2023-04-01", "{'collaborationId':'p-{run}','party':{'partyId':'force-d','name':'Force D','kind':'FORCE','corporationSole':false}}")
                .line("AchieveMilestone", "{run}-achieved", "2022-12-01", "{'milestoneId':'m-{run}','note':'Live'}")
                .line("SignAgreement", "{run}-sign", "2023-03-31", "{'agreementId':'a-{run}','partyId':'force-a','signatory':'Chief Constable'}");
        JsonNode second = j.importWith(secretariat());
        for (String refused : List.of("late-risk", "late-sign", "late-funding", "achieved-late", "late-join")) {
            assertThat(lineOf(second, j.run() + "-" + refused).path("code").asText()).as(refused + " in " + second)
                    .isEqualTo("COLLABORATION_CLOSED");
        }
        for (String accepted : List.of("earlier-start", "early-risk-again", "close", "achieved", "sign")) {
            assertThat(lineOf(second, j.run() + "-" + accepted).path("status").asText()).as(accepted + " in " + second)
                    .isEqualTo("accepted");
        }
        awaitReadSide(auditor(), p, first, second);
        JsonNode asOf = get("/api/collaborations/" + p + "?asOf=2018-10-01");
        assertThat(asOf.path("registeredOn").asText()).isEqualTo("2018-09-01");
        assertThat(asOf.path("risks").get(0).path("riskId").asText()).isEqualTo(j.id("early"));
    }

    private static String risk(String id) {
        return "{'riskId':'" + id + "','collaborationId':'p-{run}','label':'a','description':'Costs not finalised',"
                + "'likelihood':null,'impact':null,'owner':null}";
    }

    @Test
    void case7ATimelineLineCarriesTheTitleAsItStoodOnItsOwnDate() {
        Journal j = new Journal();
        String p = j.id("p");
        j.line("RegisterCollaboration", "{run}-register", "2019-04-01", register(forcesAndFire()))
                .line("DraftBusinessCase", "{run}-draft", "2019-06-01", "{'businessCaseId':'bc-{run}','collaborationId':'p-{run}',"
                        + "'workstreamId':null,'title':'Joint control room outline case','stage':'OBC','tranche':null}")
                .line("EndorseBusinessCase", "{run}-endorse", "2019-07-10", "{'businessCaseId':'bc-{run}','endorsedBy':'Chief Officers Group'}")
                .line("ApproveBusinessCase", "{run}-approve", "2019-10-01", "{'businessCaseId':'bc-{run}','approvedBy':'PCCs','decisionReference':null}")
                .line("AdvanceBusinessCase", "{run}-advance", "2019-11-05", "{'businessCaseId':'bc-{run}','toStage':'FBC','title':'Joint control room full business case'}");
        JsonNode report = j.importWith(secretariat());
        assertThat(report.path("refused").asInt()).as(report.toString()).isZero();
        awaitReadSide(auditor(), p, report);

        List<JsonNode> lines = list(get("/api/collaborations/" + p + "/timeline?size=500").path("lines"));
        JsonNode endorsed = lines.stream().filter(l -> l.path("eventType").asText().equals("BusinessCaseEndorsed")).findFirst().orElseThrow();
        assertThat(endorsed.path("summary").asText()).contains("Joint control room outline case")
                .doesNotContain("full business case");
        JsonNode advanced = lines.stream().filter(l -> l.path("eventType").asText().equals("BusinessCaseAdvanced")).findFirst().orElseThrow();
        assertThat(advanced.path("summary").asText()).contains("Joint control room full business case");
    }

    @Test
    void aDecisionReferenceAlreadyRecordedIsRefusedNamingTheReferenceAndItsProgramme() {
        Journal j = new Journal();
        String reference = "PFCC/{run}/2018";
        String decision = "{'reference':'" + reference + "','collaborationId':'p-{run}','title':'Change','decisionMaker':'PCC',"
                + "'reportAuthor':'Author','reportDate':null,'recommendations':[],'expenditure':null,'flaggedSignificant':false,"
                + "'significanceReason':null,'optionIds':[],'agreementIds':[],'fundingRequestIds':[]}";
        j.line("RegisterCollaboration", "{run}-register", "2018-01-01", register(forcesAndFire()))
                .line("RecordDecision", "{run}-first", "2018-06-22", decision)
                .line("RecordDecision", "{run}-again", "2018-06-25", decision);
        JsonNode report = j.importWith(secretariat());
        JsonNode again = lineOf(report, j.run() + "-again");
        assertThat(again.path("code").asText()).as(report.toString()).isEqualTo("DUPLICATE_DECISION_REFERENCE");
        assertThat(again.path("rule").asText()).contains("PFCC/" + j.run() + "/2018", j.id("p"), "Joint control room " + j.run());

        LedgerClient.Response overHttp = secretariat().command("RecordDecision", LedgerClient.newId("cmd"), "2018-06-25",
                decision.replace('\'', '"').replace("{run}", j.run()));
        assertThat(overHttp.status()).isEqualTo(409);
        assertThat(overHttp.json().path("code").asText()).isEqualTo("DUPLICATE_DECISION_REFERENCE");
    }
}
