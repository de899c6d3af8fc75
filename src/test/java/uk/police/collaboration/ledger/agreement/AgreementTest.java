package uk.police.collaboration.ledger.agreement;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.agreement.api.AgreementAmended;
import uk.police.collaboration.ledger.agreement.api.AgreementDrafted;
import uk.police.collaboration.ledger.agreement.api.AgreementInForce;
import uk.police.collaboration.ledger.agreement.api.AgreementKind;
import uk.police.collaboration.ledger.agreement.api.AgreementParty;
import uk.police.collaboration.ledger.agreement.api.AgreementSigned;
import uk.police.collaboration.ledger.agreement.api.AgreementTerminated;
import uk.police.collaboration.ledger.agreement.api.AmendAgreement;
import uk.police.collaboration.ledger.agreement.api.ConsentToTermination;
import uk.police.collaboration.ledger.agreement.api.DraftAgreement;
import uk.police.collaboration.ledger.agreement.api.SignAgreement;
import uk.police.collaboration.ledger.agreement.api.TerminateAgreement;
import uk.police.collaboration.ledger.agreement.api.TerminationConsented;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.agreement.api.AgreementKind.CONTRACT;
import static uk.police.collaboration.ledger.agreement.api.AgreementKind.SECTION_22A;
import static uk.police.collaboration.ledger.agreement.api.AgreementKind.STATEMENT_OF_INTENT;
import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/**
 * The Public Contact Section 22A agreement signed by the six corporation soles of Bedfordshire,
 * Cambridgeshire and Hertfordshire in November 2016 (Herts PCC Business Coordination Board, 1 Mar 2018),
 * and Gloucestershire's statement of intent for the Single Online Home (D09-2018).
 */
class AgreementTest {

    private static final String S22A = "public-contact-s22a-2016";
    private static final String BCH = "bch-public-contact";
    private static final List<AgreementParty> SIX_CORPORATION_SOLES = List.of(
            new AgreementParty("beds-pcc", "Police and Crime Commissioner for Bedfordshire", true),
            new AgreementParty("cambs-pcc", "Police and Crime Commissioner for Cambridgeshire", true),
            new AgreementParty("herts-pcc", "Police and Crime Commissioner for Hertfordshire", true),
            new AgreementParty("beds-cc", "Chief Constable of Bedfordshire Police", true),
            new AgreementParty("cambs-cc", "Chief Constable of Cambridgeshire Constabulary", true),
            new AgreementParty("herts-cc", "Chief Constable of Hertfordshire Constabulary", true));
    private static final AgreementDrafted S22A_DRAFTED = new AgreementDrafted(S22A, BCH, SECTION_22A,
            "Public Contact Section 22A collaboration agreement", SIX_CORPORATION_SOLES, null, null);
    private static final AgreementTerminated S22A_TERMINATED = new AgreementTerminated(S22A, BCH,
            "Public Contact SMT stood down; ownership of the FCRs returned to forces", "BCB 1 March 2018");

    private static final String SOI = "glos-soh-statement-of-intent";
    private static final String SOH = "glos-single-online-home";
    private static final AgreementDrafted SOI_DRAFTED = new AgreementDrafted(SOI, SOH, STATEMENT_OF_INTENT,
            "Single Online Home statement of intent",
            List.of(new AgreementParty("glos-cc", "Chief Constable of Gloucestershire Constabulary", true),
                    new AgreementParty("dpc", "Digital Public Contact programme", false)),
            null, LocalDate.of(2018, 3, 23));

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
    }

    private static List<Object> s22aSignedBy(String... partyIds) {
        List<Object> events = new ArrayList<>(List.of(S22A_DRAFTED));
        for (String partyId : partyIds) {
            events.add(new AgreementSigned(S22A, BCH, partyId, "Signatory for " + partyId));
        }
        return events;
    }

    private static List<Object> s22aInForce(Object... more) {
        List<Object> events = s22aSignedBy("beds-pcc", "cambs-pcc", "herts-pcc", "beds-cc", "cambs-cc", "herts-cc");
        events.add(new AgreementInForce(S22A, BCH));
        events.addAll(List.of(more));
        return events;
    }

    private static TerminationConsented consent(String partyId) {
        return new TerminationConsented(S22A, BCH, partyId, "Signatory for " + partyId);
    }

    // DraftAgreement

    @Test
    void draftingAnAgreementRecordsItsKindAndParties() {
        fixture.givenNoPriorActivity()
                .when(new DraftAgreement(S22A, BCH, SECTION_22A, "Public Contact Section 22A collaboration agreement",
                        SIX_CORPORATION_SOLES, null, null))
                .expectSuccessfulHandlerExecution()
                .expectEvents(S22A_DRAFTED);
    }

    @Test
    void draftingAnAgreementThatNamesAPartyTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftAgreement(S22A, BCH, SECTION_22A, "Public Contact",
                        List.of(new AgreementParty("herts-pcc", "Herts PCC", true),
                                new AgreementParty("herts-pcc", "Hertfordshire PCC", true)), null, null))
                .expectException(ruleViolation("DUPLICATE_PARTY", "'herts-pcc'"))
                .expectNoEvents();
    }

    @Test
    void draftingAnAgreementNoPartyNeedsToSignIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new DraftAgreement(SOI, SOH, STATEMENT_OF_INTENT, "Single Online Home statement of intent",
                        List.of(new AgreementParty("glos-cc", "Chief Constable", false)), null, null))
                .expectException(ruleViolation("NO_SIGNATURE_REQUIRED"))
                .expectNoEvents();
    }

    @Test
    void aStatementOfIntentIsNotLegallyBindingButTheOtherKindsAre() {
        assertThat(STATEMENT_OF_INTENT.legallyBinding()).isFalse();
        assertThat(List.of(AgreementKind.values())).filteredOn(AgreementKind::legallyBinding)
                .containsExactlyInAnyOrder(SECTION_22A, CONTRACT, AgreementKind.MEMORANDUM);
    }

    // SignAgreement

    @Test
    void aSignatureWhileOthersAreStillNeededIsRecordedAlone() {
        fixture.given(s22aSignedBy("beds-pcc"))
                .when(new SignAgreement(S22A, "herts-pcc", "Police and Crime Commissioner for Hertfordshire"))
                .expectEvents(new AgreementSigned(S22A, BCH, "herts-pcc", "Police and Crime Commissioner for Hertfordshire"));
    }

    @Test
    void theLastRequiredSignatureBringsTheAgreementIntoForce() {
        fixture.given(s22aSignedBy("beds-pcc", "cambs-pcc", "herts-pcc", "beds-cc", "cambs-cc"))
                .when(new SignAgreement(S22A, "herts-cc", "Chief Constable of Hertfordshire"))
                .expectEvents(new AgreementSigned(S22A, BCH, "herts-cc", "Chief Constable of Hertfordshire"),
                        new AgreementInForce(S22A, BCH));
    }

    @Test
    void aStatementOfIntentIsInForceOnceTheOnlyRequiredSignatureIsMade() {
        fixture.given(SOI_DRAFTED)
                .when(new SignAgreement(SOI, "glos-cc", "Chief Constable of Gloucestershire"))
                .expectEvents(new AgreementSigned(SOI, SOH, "glos-cc", "Chief Constable of Gloucestershire"), new AgreementInForce(SOI, SOH));
    }

    @Test
    void aSignatureThatIsNotRequiredDoesNotBringTheAgreementIntoForce() {
        fixture.given(SOI_DRAFTED)
                .when(new SignAgreement(SOI, "dpc", "Digital Public Contact programme lead"))
                .expectEvents(new AgreementSigned(SOI, SOH, "dpc", "Digital Public Contact programme lead"));
    }

    @Test
    void aSignatureAfterTheAgreementIsInForceDoesNotBringItIntoForceAgain() {
        fixture.given(SOI_DRAFTED, new AgreementSigned(SOI, SOH, "glos-cc", "Chief Constable of Gloucestershire"), new AgreementInForce(SOI, SOH))
                .when(new SignAgreement(SOI, "dpc", "Digital Public Contact programme lead"))
                .expectEvents(new AgreementSigned(SOI, SOH, "dpc", "Digital Public Contact programme lead"));
    }

    @Test
    void signingForAPartyNotInTheAgreementIsRefused() {
        fixture.given(S22A_DRAFTED)
                .when(new SignAgreement(S22A, "essex-pfcc", "Roger Hirst"))
                .expectException(ruleViolation("AGREEMENT_PARTY_UNKNOWN", "'essex-pfcc'", S22A))
                .expectNoEvents();
    }

    @Test
    void signingTwiceForTheSamePartyIsRefused() {
        fixture.given(s22aSignedBy("herts-pcc"))
                .when(new SignAgreement(S22A, "herts-pcc", "Police and Crime Commissioner for Hertfordshire"))
                .expectException(ruleViolation("ALREADY_SIGNED", "'herts-pcc'"))
                .expectNoEvents();
    }

    @Test
    void signingATerminatedAgreementIsRefused() {
        List<Object> history = s22aInForce(consent("beds-pcc"), consent("cambs-pcc"), consent("herts-pcc"),
                consent("beds-cc"), consent("cambs-cc"), consent("herts-cc"), dated("2018-03-02", S22A_TERMINATED));
        fixture.given(history)
                .when(new SignAgreement(S22A, "herts-pcc", "Police and Crime Commissioner for Hertfordshire"),
                        Map.of(EnvelopeKeys.EFFECTIVE_ON, "2018-03-05"))
                .expectException(ruleViolation("AGREEMENT_TERMINATED"))
                .expectNoEvents();
    }

    // AmendAgreement

    @Test
    void amendingRecordsWhatChangedWhyAndUnderWhichDecision() {
        fixture.given(s22aInForce())
                .when(new AmendAgreement(S22A, "Timescales and details for Option 2",
                        "Option 2 approved at the Strategic Alliance Summit on 1 February 2018", "BCB 1 March 2018"))
                .expectEvents(new AgreementAmended(S22A, BCH, "Timescales and details for Option 2",
                        "Option 2 approved at the Strategic Alliance Summit on 1 February 2018", "BCB 1 March 2018"));
    }

    @Test
    void amendingATerminatedAgreementIsRefused() {
        List<Object> history = s22aInForce(consent("beds-pcc"), consent("cambs-pcc"), consent("herts-pcc"),
                consent("beds-cc"), consent("cambs-cc"), consent("herts-cc"), dated("2018-03-02", S22A_TERMINATED));
        fixture.given(history)
                .when(new AmendAgreement(S22A, "Anything", "Too late", null), Map.of(EnvelopeKeys.EFFECTIVE_ON, "2018-03-05"))
                .expectException(ruleViolation("AGREEMENT_TERMINATED", "was terminated on 2018-03-02"))
                .expectNoEvents();
    }

    // ConsentToTermination

    @Test
    void aPartyConsentingToTerminationIsRecorded() {
        fixture.given(s22aInForce())
                .when(new ConsentToTermination(S22A, "herts-pcc", "Police and Crime Commissioner for Hertfordshire"))
                .expectEvents(new TerminationConsented(S22A, BCH, "herts-pcc", "Police and Crime Commissioner for Hertfordshire"));
    }

    @Test
    void consentFromAPartyNotInTheAgreementIsRefused() {
        fixture.given(s22aInForce())
                .when(new ConsentToTermination(S22A, "essex-pfcc", "Roger Hirst"))
                .expectException(ruleViolation("AGREEMENT_PARTY_UNKNOWN", "'essex-pfcc'"))
                .expectNoEvents();
    }

    @Test
    void consentToTerminatingAnAgreementNotYetInForceIsRefused() {
        fixture.given(s22aSignedBy("herts-pcc"))
                .when(new ConsentToTermination(S22A, "herts-pcc", "Police and Crime Commissioner for Hertfordshire"))
                .expectException(ruleViolation("AGREEMENT_NOT_IN_FORCE", "not in force"))
                .expectNoEvents();
    }

    @Test
    void consentingTwiceIsRefused() {
        fixture.given(s22aInForce(consent("herts-pcc")))
                .when(new ConsentToTermination(S22A, "herts-pcc", "Police and Crime Commissioner for Hertfordshire"))
                .expectException(ruleViolation("ALREADY_CONSENTED", "'herts-pcc'"))
                .expectNoEvents();
    }

    // TerminateAgreement

    @Test
    void terminatingASection22AWithEveryPartysConsentIsRecorded() {
        fixture.given(s22aInForce(consent("beds-pcc"), consent("cambs-pcc"), consent("herts-pcc"),
                        consent("beds-cc"), consent("cambs-cc"), consent("herts-cc")))
                .when(new TerminateAgreement(S22A, "Public Contact SMT stood down; ownership of the FCRs returned to forces",
                        "BCB 1 March 2018"))
                .expectEvents(S22A_TERMINATED);
    }

    @Test
    void terminatingASection22AWithoutEveryConsentIsRefused() {
        fixture.given(s22aInForce(consent("beds-pcc"), consent("cambs-pcc"), consent("beds-cc"), consent("cambs-cc"),
                        consent("herts-cc")))
                .when(new TerminateAgreement(S22A, "SMT stood down", null))
                .expectException(ruleViolation("TERMINATION_CONSENT_MISSING",
                        "Party 'herts-pcc' has not consented to terminating Section 22A agreement 'public-contact-s22a-2016'"))
                .expectNoEvents();
    }

    @Test
    void theRefusalNamesEveryPartyThatHasNotConsented() {
        fixture.given(s22aInForce(consent("beds-pcc"), consent("cambs-pcc"), consent("herts-pcc"), consent("beds-cc")))
                .when(new TerminateAgreement(S22A, "SMT stood down", null))
                .expectException(ruleViolation("TERMINATION_CONSENT_MISSING", "Parties 'cambs-cc', 'herts-cc' have not consented"))
                .expectNoEvents();
    }

    @Test
    void terminatingAnAgreementOfAnotherKindNeedsNoConsents() {
        fixture.given(SOI_DRAFTED, new AgreementSigned(SOI, SOH, "glos-cc", "Chief Constable of Gloucestershire"), new AgreementInForce(SOI, SOH))
                .when(new TerminateAgreement(SOI, "Superseded by the contract of liability", null))
                .expectEvents(new AgreementTerminated(SOI, SOH, "Superseded by the contract of liability", null));
    }

    @Test
    void terminatingAnAgreementNotYetInForceIsRefused() {
        fixture.given(s22aSignedBy("beds-pcc", "cambs-pcc"))
                .when(new TerminateAgreement(S22A, "Never mind", null))
                .expectException(ruleViolation("AGREEMENT_NOT_IN_FORCE"))
                .expectNoEvents();
    }

    @Test
    void terminatingAnAgreementAlreadyTerminatedIsRefused() {
        fixture.given(SOI_DRAFTED, new AgreementSigned(SOI, SOH, "glos-cc", "Chief Constable of Gloucestershire"), new AgreementInForce(SOI, SOH),
                        new AgreementTerminated(SOI, SOH, "Superseded", null))
                .when(new TerminateAgreement(SOI, "Again", null))
                .expectException(ruleViolation("AGREEMENT_NOT_IN_FORCE", "already terminated"))
                .expectNoEvents();
    }

    /** An event with the envelope's effective date, as the store keeps it. */
    static EventMessage<?> dated(String effectiveOn, Object event) {
        return GenericEventMessage.asEventMessage(event).andMetaData(Map.of(EnvelopeKeys.EFFECTIVE_ON, effectiveOn));
    }
}
