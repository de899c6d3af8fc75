package uk.police.collaboration.ledger.agreement;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.agreement.api.AccedeToAgreement;
import uk.police.collaboration.ledger.agreement.api.AgreementDrafted;
import uk.police.collaboration.ledger.agreement.api.AgreementInForce;
import uk.police.collaboration.ledger.agreement.api.AgreementKind;
import uk.police.collaboration.ledger.agreement.api.AgreementParty;
import uk.police.collaboration.ledger.agreement.api.AgreementSigned;
import uk.police.collaboration.ledger.agreement.api.ConsentToPartyChange;
import uk.police.collaboration.ledger.agreement.api.PartyAcceded;
import uk.police.collaboration.ledger.agreement.api.PartyChange;
import uk.police.collaboration.ledger.agreement.api.PartyChangeConsented;
import uk.police.collaboration.ledger.agreement.api.PartyRemovedFromAgreement;
import uk.police.collaboration.ledger.agreement.api.RemoveFromAgreement;
import uk.police.collaboration.ledger.agreement.api.TerminateAgreement;
import uk.police.collaboration.ledger.agreement.api.TerminationConsented;

import java.time.LocalDate;
import java.util.List;

import static uk.police.collaboration.ledger.shared.Dated.effective;
import static uk.police.collaboration.ledger.shared.Dated.on;
import static uk.police.collaboration.ledger.shared.Refusals.ruleViolation;

/** A party accedes to a Section 22A agreement already in force by a deed of accession, with the existing parties' consent. */
class AccessionTest {

    static final String AGREEMENT = "training-s22a";
    static final String PROGRAMME = "regional-training";
    static final AgreementParty NORTH = new AgreementParty("north", "Northshire Police", true);
    static final AgreementParty SOUTH = new AgreementParty("south", "Southshire Police", true);
    static final AgreementParty WEST = new AgreementParty("west", "Westshire Police", true);
    static final AgreementDrafted DRAFTED = new AgreementDrafted(AGREEMENT, PROGRAMME, AgreementKind.SECTION_22A,
            "Training S22A", List.of(NORTH, SOUTH), null, (LocalDate) null);

    private FixtureConfiguration<Agreement> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Agreement.class);
    }

    private static Object[] inForce() {
        return new Object[]{DRAFTED, new AgreementSigned(AGREEMENT, PROGRAMME, "north", "CC North"),
                new AgreementSigned(AGREEMENT, PROGRAMME, "south", "CC South"),
                new AgreementInForce(AGREEMENT, PROGRAMME)};
    }

    private static Object[] with(Object[] given, Object... more) {
        Object[] all = new Object[given.length + more.length];
        System.arraycopy(given, 0, all, 0, given.length);
        System.arraycopy(more, 0, all, given.length, more.length);
        return all;
    }

    private static Object consent(String day, PartyChange change, String subject, String party) {
        return on(day, new PartyChangeConsented(AGREEMENT, PROGRAMME, change, subject, party, "CC " + party));
    }

    @Test
    void anExistingPartyConsentsToAnAccession() {
        fixture.given(inForce())
                .when(new ConsentToPartyChange(AGREEMENT, PartyChange.ACCESSION, "west", "north", "CC north"))
                .expectEvents(new PartyChangeConsented(AGREEMENT, PROGRAMME, PartyChange.ACCESSION, "west", "north",
                        "CC north"));
    }

    @Test
    void aPartyAccedesOnceEveryExistingPartyHasConsented() {
        fixture.given(with(inForce(), consent("2019-06-01", PartyChange.ACCESSION, "west", "north"),
                        consent("2019-06-03", PartyChange.ACCESSION, "west", "south")))
                .when(new AccedeToAgreement(AGREEMENT, WEST, "CC Westshire", "Deed of accession"),
                        effective("2019-06-10"))
                .expectEvents(new PartyAcceded(AGREEMENT, PROGRAMME, WEST, "CC Westshire", "Deed of accession"));
    }

    @Test
    void anAccessionWithoutEveryConsentIsRefusedNamingWhoIsMissing() {
        fixture.given(with(inForce(), consent("2019-06-01", PartyChange.ACCESSION, "west", "north")))
                .when(new AccedeToAgreement(AGREEMENT, WEST, "CC Westshire", "Deed"), effective("2019-06-10"))
                .expectException(ruleViolation("ACCESSION_CONSENT_MISSING", "'south'"))
                .expectNoEvents();
    }

    @Test
    void aConsentDatedAfterTheAccessionDoesNotCountWhateverTheRecordingOrder() {
        fixture.given(with(inForce(), consent("2019-06-01", PartyChange.ACCESSION, "west", "north"),
                        consent("2019-07-01", PartyChange.ACCESSION, "west", "south")))
                .when(new AccedeToAgreement(AGREEMENT, WEST, "CC Westshire", "Deed"), effective("2019-06-10"))
                .expectException(ruleViolation("ACCESSION_CONSENT_MISSING", "'south'", "2019-06-10"))
                .expectNoEvents();
    }

    @Test
    void anAgreementNotInForceTakesNoAccession() {
        fixture.given(DRAFTED)
                .when(new AccedeToAgreement(AGREEMENT, WEST, "CC Westshire", "Deed"), effective("2019-06-10"))
                .expectException(ruleViolation("AGREEMENT_NOT_IN_FORCE"))
                .expectNoEvents();
    }

    @Test
    void anExistingPartyCannotAccede() {
        fixture.given(inForce())
                .when(new ConsentToPartyChange(AGREEMENT, PartyChange.ACCESSION, "south", "north", "CC north"))
                .expectException(ruleViolation("ALREADY_A_PARTY", "south"))
                .expectNoEvents();
    }

    @Test
    void onlyAPartyConsents() {
        fixture.given(inForce())
                .when(new ConsentToPartyChange(AGREEMENT, PartyChange.ACCESSION, "west", "east", "CC east"))
                .expectException(ruleViolation("AGREEMENT_PARTY_UNKNOWN", "east"))
                .expectNoEvents();
    }

    @Test
    void anAccededPartyMustAlsoConsentToTermination() {
        fixture.given(with(inForce(), new PartyAcceded(AGREEMENT, PROGRAMME, WEST, "CC Westshire", "Deed"),
                        new TerminationConsented(AGREEMENT, PROGRAMME, "north", "CC north"),
                        new TerminationConsented(AGREEMENT, PROGRAMME, "south", "CC south")))
                .when(new TerminateAgreement(AGREEMENT, "Ending", null))
                .expectException(ruleViolation("TERMINATION_CONSENT_MISSING", "'west'"))
                .expectNoEvents();
    }

    @Test
    void aPartyIsRemovedWithTheConsentOfEveryPartyThatRemains() {
        fixture.given(with(inForce(), new PartyAcceded(AGREEMENT, PROGRAMME, WEST, "CC Westshire", "Deed"),
                        consent("2020-01-02", PartyChange.REMOVAL, "west", "north"),
                        consent("2020-01-03", PartyChange.REMOVAL, "west", "south")))
                .when(new RemoveFromAgreement(AGREEMENT, "west", "Westshire left the collaboration"),
                        effective("2020-02-01"))
                .expectEvents(new PartyRemovedFromAgreement(AGREEMENT, PROGRAMME, "west",
                        "Westshire left the collaboration"));
    }

    @Test
    void aRemovalWithoutTheRemainingPartiesConsentIsRefused() {
        fixture.given(with(inForce(), consent("2020-01-02", PartyChange.REMOVAL, "south", "north")))
                .when(new RemoveFromAgreement(AGREEMENT, "north", "Leaving"), effective("2020-02-01"))
                .expectException(ruleViolation("REMOVAL_CONSENT_MISSING", "'south'"))
                .expectNoEvents();
    }
}
