package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For each seed paper, a question the paper itself answers, asked of the ledger "as of" a date:
 * the demo data must give the paper's answer.
 */
@LedgerIntegrationTest
class SeedPapersAsOfTest {

    @LocalServerPort
    int port;
    LedgerClient reader;

    @BeforeEach
    void reader() {
        reader = SeedReaders.auditor(port);
    }

    private JsonNode asOf(String programme, String date) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(30);
        while (true) {
            var response = reader.get("/api/collaborations/" + programme + "?asOf=" + date);
            if (response.status() == 200) {
                return response.json();
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no state for " + programme + " as of " + date + ": " + response);
            }
            Thread.sleep(200);
        }
    }

    private static JsonNode find(JsonNode list, String idField, String id) {
        for (JsonNode item : list) {
            if (item.path(idField).asText().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no " + idField + " " + id + " in " + list);
    }

    private static List<String> values(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(item -> values.add(item.path(field).asText()));
        return values;
    }

    @Test
    void publicContactOnTheDayOfTheBoardPaperStoodWithOption2Approved() throws Exception {
        // 000: "Option 2 was approved by the Strategic Alliance on the 1st February" (board paper of 1 March 2018).
        JsonNode appraisal = find(asOf("bch-public-contact", "2018-03-01").get("appraisals"), "appraisalId", "bch-public-contact-future");
        assertThat(appraisal.get("approvedOptionId").asText()).isEqualTo("option-2");
        assertThat(find(appraisal.get("options"), "optionId", "option-2").get("approvedBy").asText()).contains("Summit");

        // The three options were first put to the Summit that day: the day before, there was no appraisal.
        assertThat(asOf("bch-public-contact", "2018-01-31").get("appraisals")).isEmpty();
    }

    @Test
    void publicContactSection22SignedBySixCorporationsSoleWasInForceBeforeTheOptionsPaper() throws Exception {
        // 000: "In November 2016 a revised Section 22 was signed by the six Corporation Sole".
        JsonNode agreement = find(asOf("bch-public-contact", "2018-03-01").get("agreements"), "agreementId", "bch-public-contact-s22-2016");
        assertThat(agreement.get("status").asText()).isEqualTo("IN_FORCE");
        assertThat(agreement.get("parties")).hasSize(6);
        JsonNode draft = asOf("bch-public-contact", "2016-10-31").get("agreements");
        assertThat(draft).as("not yet drafted in October 2016").isEmpty();
    }

    @Test
    void easternRegionArmedPolicingFullBusinessCaseStoodApprovedInSeptember2017() throws Exception {
        // 001 §4: "The Full Business Case was agreed earlier this year."
        JsonNode businessCase = find(asOf("eastern-region-7f", "2017-09-27").get("businessCases"), "businessCaseId", "7f-armed-policing-fbc");
        assertThat(businessCase.get("stage").asText()).isEqualTo("FBC");
        assertThat(businessCase.get("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void essexDecisionHadOnlyTheChiefExecutivesSignOffUntilTheTreasurerSignedOn11July2018() throws Exception {
        // 002: Chief Executive 3 July 2018, Treasurer 11/7/18, PFCC 16/7/18.
        JsonNode on10July = find(asOf("essex-contact-management", "2018-07-10").get("decisions"), "reference", "PFCC/100/2018");
        assertThat(values(on10July.get("signOffs"), "name")).containsExactly("David Lawson");
        JsonNode on16July = find(asOf("essex-contact-management", "2018-07-16").get("decisions"), "reference", "PFCC/100/2018");
        assertThat(values(on16July.get("signOffs"), "name")).containsExactly("David Lawson", "Abbey Gough", "R.C. Hirst");
        assertThat(on16July.get("significantPublicInterest").asBoolean()).as("£188k is above £50,000").isTrue();
    }

    @Test
    void essexFundingOf188kFor2018To19WasAllocatedOnTheDayThePfccAgreed() throws Exception {
        JsonNode before = find(asOf("essex-contact-management", "2018-07-15").get("fundingRequests"),
                "fundingRequestId", "essex-contact-management-funding-2018-19");
        assertThat(before.get("requested").asText()).isEqualTo("188000.00");
        assertThat(before.get("allocated").asText()).isEqualTo("0.00");
        JsonNode after = find(asOf("essex-contact-management", "2018-07-16").get("fundingRequests"),
                "fundingRequestId", "essex-contact-management-funding-2018-19");
        assertThat(after.get("allocated").asText()).isEqualTo("188000.00");
        assertThat(after.get("financialYear").asText()).isEqualTo("2018/19");
    }

    @Test
    void gloucestershireStatementOfIntentWasANonBindingUnsignedDraftWhenD09WasWritten() throws Exception {
        // 003: "the SOI is not a legal document and acts as a precursor to a contract"; to be signed by 23 March 2018.
        JsonNode state = asOf("gloucestershire-single-online-home", "2018-03-22");
        JsonNode soi = find(state.get("agreements"), "agreementId", "glos-soh-statement-of-intent");
        assertThat(soi.get("kind").asText()).isEqualTo("STATEMENT_OF_INTENT");
        assertThat(soi.get("legallyBinding").asBoolean()).isFalse();
        assertThat(soi.get("status").asText()).isNotEqualTo("IN_FORCE");
        assertThat(find(state.get("decisions"), "reference", "D09-2018").get("significantPublicInterest").asBoolean()).isTrue();
        assertThat(state.get("risks")).as("risks a) to o)").hasSize(15);
    }

    @Test
    void emsouCostSharesAfterNottinghamshireWithdrewNameOnlyTheFourRemainingForces() throws Exception {
        // 004 §2.1: Leics 31.5%, Derbys 30.0%, Northants 20.4%, Lincs 18.1% by funding formula.
        JsonNode state = asOf("emsou-fs", "2017-04-20");
        JsonNode notts = find(state.get("parties"), "partyId", "nottinghamshire-police");
        assertThat(notts.get("current").asBoolean()).isFalse();
        JsonNode formula = find(state.get("costSharing"), "modelId", "emsou-fs-4f-funding-formula");
        assertThat(values(formula.get("shares"), "share")).containsExactlyInAnyOrder("31.5", "30", "20.4", "18.1");
        assertThat(values(formula.get("shares"), "partyId")).doesNotContain("nottinghamshire-police");
        JsonNode proRata = find(state.get("costSharing"), "modelId", "emsou-fs-4f-pro-rata-staff");
        assertThat(values(proRata.get("shares"), "share")).containsExactlyInAnyOrder("28.2", "28.2", "20.5", "23.1");
    }
}
