package uk.police.collaboration.ledger.decision;

import uk.police.collaboration.ledger.decision.api.DecisionRecorded;
import uk.police.collaboration.ledger.decision.api.RecordDecision;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.List;

/** Decisions taken from the seed papers. */
final class DecisionSamples {

    static final String ESSEX = "PFCC/100/2018";
    static final String ESSEX_PROGRAMME = "essex-contact-management";
    static final String GLOUCESTERSHIRE = "D09-2018";
    static final String GLOUCESTERSHIRE_PROGRAMME = "single-online-home";

    private DecisionSamples() {
    }

    static RecordDecision recordEssex() {
        return new RecordDecision(ESSEX, ESSEX_PROGRAMME, "Contact Management Change Project",
                "Police, Fire and Crime Commissioner for Essex", "Ch Insp Ed Wells", LocalDate.of(2018, 6, 22),
                List.of("Agree to move towards the target operating model for Contact Management and support the"
                        + " request of £188k in 2018/19 for the project team and early adoption of key enabling roles"),
                Money.of("188000.00"), false, null, List.of(), List.of(), List.of("essex-cm-2018-19"));
    }

    static DecisionRecorded essexRecorded() {
        RecordDecision c = recordEssex();
        return new DecisionRecorded(c.reference(), c.collaborationId(), c.title(), c.decisionMaker(), c.reportAuthor(),
                c.reportDate(), c.recommendations(), c.expenditure(), c.flaggedSignificant(), c.significanceReason(),
                c.optionIds(), c.agreementIds(), c.fundingRequestIds());
    }

    static RecordDecision recordGloucestershire() {
        return new RecordDecision(GLOUCESTERSHIRE, GLOUCESTERSHIRE_PROGRAMME,
                "Constabulary on boarding to the Single Online Home (SOH)",
                "Martin Surl, Police & Crime Commissioner for Gloucestershire", "Roshan Patel", LocalDate.of(2018, 3, 22),
                List.of("The PCC supports in principle the Constabulary's intention to request that we join the SOH,"
                        + " subject to the questions we have being answered satisfactorily by the DPC and that we"
                        + " understand any risks and impacts"),
                Money.of("65117.33"), true,
                "Proposed ongoing costs potentially in excess of £50,000; it affects the way that the public will"
                        + " interact digitally with the Constabulary",
                List.of(), List.of("soh-statement-of-intent"), List.of());
    }

    static DecisionRecorded gloucestershireRecorded() {
        RecordDecision c = recordGloucestershire();
        return new DecisionRecorded(c.reference(), c.collaborationId(), c.title(), c.decisionMaker(), c.reportAuthor(),
                c.reportDate(), c.recommendations(), c.expenditure(), c.flaggedSignificant(), c.significanceReason(),
                c.optionIds(), c.agreementIds(), c.fundingRequestIds());
    }
}
