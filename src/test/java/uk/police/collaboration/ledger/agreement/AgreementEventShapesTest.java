package uk.police.collaboration.ledger.agreement;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.agreement.api.AgreementAmended;
import uk.police.collaboration.ledger.agreement.api.AgreementDrafted;
import uk.police.collaboration.ledger.agreement.api.AgreementInForce;
import uk.police.collaboration.ledger.agreement.api.AgreementParty;
import uk.police.collaboration.ledger.agreement.api.AgreementSigned;
import uk.police.collaboration.ledger.agreement.api.AgreementTerminated;
import uk.police.collaboration.ledger.agreement.api.TerminationConsented;

import java.time.LocalDate;
import java.util.List;

import static uk.police.collaboration.ledger.agreement.api.AgreementKind.STATEMENT_OF_INTENT;
import static uk.police.collaboration.ledger.shared.EventApprovals.assertStoredShapeApproved;

/** The stored JSON of every agreement event is a contract: each shape is approved once and locked. */
class AgreementEventShapesTest {

    @Test
    void agreementDraftedKeepsItsStoredShape() {
        assertStoredShapeApproved(new AgreementDrafted("glos-soh-statement-of-intent", "glos-single-online-home",
                STATEMENT_OF_INTENT, "Single Online Home statement of intent",
                List.of(new AgreementParty("glos-cc", "Chief Constable of Gloucestershire Constabulary", true),
                        new AgreementParty("dpc", "Digital Public Contact programme", false)),
                null, LocalDate.of(2018, 3, 23)));
    }

    @Test
    void agreementSignedKeepsItsStoredShape() {
        assertStoredShapeApproved(new AgreementSigned("public-contact-s22a-2016", "bch-public-contact", "herts-pcc",
                "Police and Crime Commissioner for Hertfordshire"));
    }

    @Test
    void agreementInForceKeepsItsStoredShape() {
        assertStoredShapeApproved(new AgreementInForce("public-contact-s22a-2016", "bch-public-contact"));
    }

    @Test
    void agreementAmendedKeepsItsStoredShape() {
        assertStoredShapeApproved(new AgreementAmended("public-contact-s22a-2016", "bch-public-contact",
                "Timescales and details for Option 2 (collaboration in the medium term, 18-24 months from January 2018)",
                "Option 2 approved at the Strategic Alliance Summit on 1 February 2018", "BCB 1 March 2018"));
    }

    @Test
    void terminationConsentedKeepsItsStoredShape() {
        assertStoredShapeApproved(new TerminationConsented("public-contact-s22a-2016", "bch-public-contact",
                "herts-pcc", "Police and Crime Commissioner for Hertfordshire"));
    }

    @Test
    void agreementTerminatedKeepsItsStoredShape() {
        assertStoredShapeApproved(new AgreementTerminated("public-contact-s22a-2016", "bch-public-contact",
                "Public Contact SMT stood down; ownership of the FCRs returned to forces", null));
    }
}
