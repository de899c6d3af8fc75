package uk.police.collaboration.ledger.web.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms for the issue-11 commands are in the catalogue of forms and give the payloads the commands read. */
class DetailFormsTest {

    @Test
    void everyDetailFormIsInTheFormCatalogue() {
        DetailForms.ALL.forEach(form -> assertThat(CommandForms.find(form.command())).as(form.command()).contains(form));
    }

    @Test
    void anAccessionFormGivesTheNewPartyAsAnObject() {
        ObjectNode payload = RecordPage.payload(CommandForms.find("AccedeToAgreement").orElseThrow(), Map.of(
                "p.agreementId", "training-s22a", "p.party.partyId", "west", "p.party.name", "Westshire Police",
                "p.party.signatureRequired", "on", "p.signatory", "CC Westshire", "p.deed", "Deed of accession"));
        assertThat(payload.toString()).isEqualTo("{\"agreementId\":\"training-s22a\",\"party\":{\"partyId\":\"west\","
                + "\"name\":\"Westshire Police\",\"signatureRequired\":true},\"signatory\":\"CC Westshire\","
                + "\"deed\":\"Deed of accession\"}");
    }

    @Test
    void aPriceRangeFormReadsMoneyAsThePaperWritesIt() {
        ObjectNode payload = RecordPage.payload(CommandForms.find("StatePriceRange").orElseThrow(), Map.of(
                "p.priceRangeId", "hosting", "p.collaborationId", "glos", "p.item", "SOH hosting",
                "p.low", "£45,704.63", "p.high", "£65,117.33"));
        assertThat(payload.get("low").asText()).isEqualTo("45704.63");
        assertThat(payload.get("high").asText()).isEqualTo("65117.33");
        assertThat(payload.has("period")).isFalse();
    }
}
