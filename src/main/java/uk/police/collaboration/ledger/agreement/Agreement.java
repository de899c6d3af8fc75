package uk.police.collaboration.ledger.agreement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.agreement.api.AccedeToAgreement;
import uk.police.collaboration.ledger.agreement.api.AgreementAmended;
import uk.police.collaboration.ledger.agreement.api.AgreementDrafted;
import uk.police.collaboration.ledger.agreement.api.AgreementInForce;
import uk.police.collaboration.ledger.agreement.api.AgreementKind;
import uk.police.collaboration.ledger.agreement.api.AgreementParty;
import uk.police.collaboration.ledger.agreement.api.AgreementSigned;
import uk.police.collaboration.ledger.agreement.api.AgreementTerminated;
import uk.police.collaboration.ledger.agreement.api.AmendAgreement;
import uk.police.collaboration.ledger.agreement.api.ConsentToPartyChange;
import uk.police.collaboration.ledger.agreement.api.ConsentToTermination;
import uk.police.collaboration.ledger.agreement.api.DraftAgreement;
import uk.police.collaboration.ledger.agreement.api.PartyAcceded;
import uk.police.collaboration.ledger.agreement.api.PartyChange;
import uk.police.collaboration.ledger.agreement.api.PartyChangeConsented;
import uk.police.collaboration.ledger.agreement.api.PartyRemovedFromAgreement;
import uk.police.collaboration.ledger.agreement.api.RemoveFromAgreement;
import uk.police.collaboration.ledger.agreement.api.SignAgreement;
import uk.police.collaboration.ledger.agreement.api.TerminateAgreement;
import uk.police.collaboration.ledger.agreement.api.TerminationConsented;
import uk.police.collaboration.ledger.shared.EffectiveDay;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * An agreement between parties: drafted, signed party by party, in force once every party whose
 * signature is required has signed, amended, and ended by termination (for a Section 22A agreement
 * only with every party's consent).
 */
@Aggregate
public class Agreement {

    static final String AGREEMENT_PARTY_UNKNOWN = "AGREEMENT_PARTY_UNKNOWN";
    static final String ALREADY_SIGNED = "ALREADY_SIGNED";
    static final String AGREEMENT_TERMINATED = "AGREEMENT_TERMINATED";
    static final String AGREEMENT_NOT_IN_FORCE = "AGREEMENT_NOT_IN_FORCE";
    static final String ALREADY_CONSENTED = "ALREADY_CONSENTED";

    @AggregateIdentifier
    private String agreementId;
    private String collaborationId;
    private AgreementKind kind;
    private Map<String, AgreementParty> parties;
    private Set<String> signed;
    private Set<String> consented;
    private boolean inForce;
    private boolean terminated;
    /** Consents to a pending accession or removal: "ACCESSION:party" → consenting party → date of consent. */
    private Map<String, Map<String, LocalDate>> changeConsents = new HashMap<>();

    protected Agreement() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Agreement(DraftAgreement command) {
        PartyListRule.check(command.agreementId(), command.parties());
        apply(new AgreementDrafted(command.agreementId(), command.collaborationId(), command.kind(), command.title(),
                command.parties(), command.supersedesAgreementId(), command.signBy()));
    }

    @CommandHandler
    public void handle(SignAgreement command) {
        refuseWhenTerminated("signed");
        refuseUnlessParty(command.partyId());
        refuseUnless(!signed.contains(command.partyId()), ALREADY_SIGNED,
                "Party '%s' has already signed %s '%s'".formatted(command.partyId(), kind.label(), agreementId),
                "partyId");
        apply(new AgreementSigned(agreementId, collaborationId, command.partyId(), command.signatory()));
        if (!inForce && everyRequiredSignatureAfter(command.partyId())) {
            apply(new AgreementInForce(agreementId, collaborationId));
        }
    }

    @CommandHandler
    public void handle(AmendAgreement command) {
        refuseWhenTerminated("amended");
        apply(new AgreementAmended(agreementId, collaborationId, command.what(), command.why(),
                command.decisionReference()));
    }

    @CommandHandler
    public void handle(ConsentToTermination command) {
        refuseUnlessInForce("consented to termination");
        refuseUnlessParty(command.partyId());
        refuseUnless(!consented.contains(command.partyId()), ALREADY_CONSENTED,
                "Party '%s' has already consented to terminating %s '%s'".formatted(command.partyId(), kind.label(),
                        agreementId),
                "partyId");
        apply(new TerminationConsented(agreementId, collaborationId, command.partyId(), command.consentedBy()));
    }

    @CommandHandler
    public void handle(TerminateAgreement command) {
        refuseUnlessInForce("terminated");
        TerminationConsentRule.check(agreementId, kind, parties.keySet(), consented);
        apply(new AgreementTerminated(agreementId, collaborationId, command.reason(), command.decisionReference()));
    }

    @CommandHandler
    public void handle(ConsentToPartyChange command) {
        refuseUnlessInForce("changed by accession or removal");
        refuseUnlessParty(command.partyId());
        refuseSubject(command.change(), command.subjectPartyId());
        refuseUnless(!changeConsents.getOrDefault(changeKey(command.change(), command.subjectPartyId()), Map.of())
                        .containsKey(command.partyId()), ALREADY_CONSENTED,
                "Party '%s' has already consented to this change of '%s'".formatted(command.partyId(),
                        command.subjectPartyId()), "partyId");
        apply(new PartyChangeConsented(agreementId, collaborationId, command.change(), command.subjectPartyId(),
                command.partyId(), command.consentedBy()));
    }

    @CommandHandler
    public void handle(AccedeToAgreement command, @MetaDataValue(EnvelopeKeys.EFFECTIVE_ON) String effectiveOn) {
        refuseUnlessInForce("acceded to");
        String subject = command.party().partyId();
        refuseSubject(PartyChange.ACCESSION, subject);
        PartyChangeRule.check(agreementId, PartyChange.ACCESSION, subject, parties.keySet(),
                changeConsents.getOrDefault(changeKey(PartyChange.ACCESSION, subject), Map.of()),
                EffectiveDay.of(effectiveOn));
        apply(new PartyAcceded(agreementId, collaborationId, command.party(), command.signatory(), command.deed()));
    }

    @CommandHandler
    public void handle(RemoveFromAgreement command, @MetaDataValue(EnvelopeKeys.EFFECTIVE_ON) String effectiveOn) {
        refuseUnlessInForce("changed by removing a party");
        refuseSubject(PartyChange.REMOVAL, command.partyId());
        List<String> remaining = parties.keySet().stream().filter(p -> !p.equals(command.partyId())).toList();
        refuseUnless(!remaining.isEmpty(), "REMOVAL_LEAVES_NO_PARTY",
                "Party '%s' is the only party left to %s '%s'; terminate it instead".formatted(command.partyId(),
                        kind.label(), agreementId), "partyId");
        PartyChangeRule.check(agreementId, PartyChange.REMOVAL, command.partyId(), remaining,
                changeConsents.getOrDefault(changeKey(PartyChange.REMOVAL, command.partyId()), Map.of()),
                EffectiveDay.of(effectiveOn));
        apply(new PartyRemovedFromAgreement(agreementId, collaborationId, command.partyId(), command.reason()));
    }

    /** An acceding party is not yet a party; a party removed is one. */
    private void refuseSubject(PartyChange change, String subject) {
        if (change == PartyChange.ACCESSION) {
            refuseUnless(!parties.containsKey(subject), "ALREADY_A_PARTY",
                    "'%s' is already a party to %s '%s'".formatted(subject, kind.label(), agreementId), "party");
        } else {
            refuseUnlessParty(subject);
        }
    }

    private static String changeKey(PartyChange change, String subject) {
        return change + ":" + subject;
    }

    @EventSourcingHandler
    void on(PartyChangeConsented event, @MetaDataValue(EnvelopeKeys.EFFECTIVE_ON) String effectiveOn) {
        changeConsents.computeIfAbsent(changeKey(event.change(), event.subjectPartyId()), k -> new HashMap<>())
                .put(event.partyId(), EffectiveDay.of(effectiveOn));
    }

    @EventSourcingHandler
    void on(PartyAcceded event) {
        parties.put(event.party().partyId(), event.party());
        signed.add(event.party().partyId());
        changeConsents.remove(changeKey(PartyChange.ACCESSION, event.party().partyId()));
    }

    @EventSourcingHandler
    void on(PartyRemovedFromAgreement event) {
        parties.remove(event.partyId());
        signed.remove(event.partyId());
        consented.remove(event.partyId());
        changeConsents.remove(changeKey(PartyChange.REMOVAL, event.partyId()));
    }

    private boolean everyRequiredSignatureAfter(String signingParty) {
        return parties.values().stream().filter(AgreementParty::signatureRequired).map(AgreementParty::partyId)
                .allMatch(party -> party.equals(signingParty) || signed.contains(party));
    }

    private void refuseUnlessParty(String partyId) {
        refuseUnless(parties.containsKey(partyId), AGREEMENT_PARTY_UNKNOWN,
                "Party '%s' is not a party to %s '%s'".formatted(partyId, kind.label(), agreementId), "partyId");
    }

    private void refuseWhenTerminated(String action) {
        refuseUnless(!terminated, AGREEMENT_TERMINATED,
                "%s '%s' has been terminated and can no longer be %s".formatted(capitalised(kind.label()),
                        agreementId, action),
                "agreementId");
    }

    private void refuseUnlessInForce(String action) {
        refuseUnless(inForce, AGREEMENT_NOT_IN_FORCE,
                "%s '%s' is %s, so it cannot be %s".formatted(capitalised(kind.label()), agreementId,
                        terminated ? "already terminated" : "not in force (not every required party has signed)",
                        action),
                "agreementId");
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    @EventSourcingHandler
    void on(AgreementDrafted event) {
        agreementId = event.agreementId();
        collaborationId = event.collaborationId();
        kind = event.kind();
        parties = new LinkedHashMap<>();
        event.parties().forEach(party -> parties.put(party.partyId(), party));
        signed = new HashSet<>();
        consented = new HashSet<>();
    }

    @EventSourcingHandler
    void on(AgreementSigned event) {
        signed.add(event.partyId());
    }

    @EventSourcingHandler
    void on(AgreementInForce event) {
        inForce = true;
    }

    @EventSourcingHandler
    void on(TerminationConsented event) {
        consented.add(event.partyId());
    }

    @EventSourcingHandler
    void on(AgreementTerminated event) {
        inForce = false;
        terminated = true;
    }
}
