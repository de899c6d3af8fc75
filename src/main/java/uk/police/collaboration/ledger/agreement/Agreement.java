package uk.police.collaboration.ledger.agreement;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
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
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.WorldDate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * An agreement between parties: drafted, signed party by party, in force once every party whose
 * signature is required has signed, amended, and ended by termination (for a Section 22A agreement
 * only with every party's consent).
 * <p>
 * Judged on the world's dates (valid time): the agreement is in force from the effective date of
 * the last required signature <em>in the world</em> (the latest of their dates, whatever order they
 * were recorded in), and {@link AgreementInForce} carries that date as its effective date. A consent
 * or a termination needs the agreement in force on its own date; after a termination, facts dated
 * after it are refused while late-recorded facts dated on or before it are accepted.
 */
@Aggregate
public class Agreement {

    static final String AGREEMENT_PARTY_UNKNOWN = "AGREEMENT_PARTY_UNKNOWN";
    static final String ALREADY_SIGNED = "ALREADY_SIGNED";
    static final String AGREEMENT_TERMINATED = "AGREEMENT_TERMINATED";
    static final String AGREEMENT_NOT_IN_FORCE = "AGREEMENT_NOT_IN_FORCE";
    static final String ALREADY_CONSENTED = "ALREADY_CONSENTED";

    private static final String EFFECTIVE_ON = EnvelopeKeys.EFFECTIVE_ON;

    /** A dated fact of one party: its envelope's effectiveOn as given, and as a date. */
    private record Dated(String text, LocalDate on) {
        static Dated of(String effectiveOn) {
            return new Dated(effectiveOn, WorldDate.of(effectiveOn));
        }
    }

    @AggregateIdentifier
    private String agreementId;
    private String collaborationId;
    private AgreementKind kind;
    private Map<String, AgreementParty> parties;
    private Map<String, Dated> signed;
    private Map<String, Dated> consented;
    private boolean inForceRecorded;
    private LocalDate terminatedOn;
    /** Parties that joined by a deed of accession: their accession is not a signature that brings the agreement into force. */
    private Set<String> acceded = new HashSet<>();
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
    public void handle(SignAgreement command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        LocalDate on = WorldDate.of(effectiveOn);
        refuseWhenTerminatedBefore(on, "signed");
        refuseUnlessParty(command.partyId());
        refuseUnless(!signed.containsKey(command.partyId()), ALREADY_SIGNED,
                "Party '%s' has already signed %s '%s'".formatted(command.partyId(), kind.label(), agreementId),
                "partyId");
        apply(new AgreementSigned(agreementId, collaborationId, command.partyId(), command.signatory()));
        if (!inForceRecorded) {
            // In force from the last required signature in the world, not the last one recorded.
            inForceFrom().ifPresent(last -> apply(new AgreementInForce(agreementId, collaborationId),
                    last.text() == null ? MetaData.emptyInstance() : MetaData.with(EFFECTIVE_ON, last.text())));
        }
    }

    @CommandHandler
    public void handle(AmendAgreement command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        refuseWhenTerminatedBefore(WorldDate.of(effectiveOn), "amended");
        apply(new AgreementAmended(agreementId, collaborationId, command.what(), command.why(),
                command.decisionReference()));
    }

    @CommandHandler
    public void handle(ConsentToTermination command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        refuseUnlessInForceOn(WorldDate.of(effectiveOn), "consented to termination");
        refuseUnlessParty(command.partyId());
        refuseUnless(!consented.containsKey(command.partyId()), ALREADY_CONSENTED,
                "Party '%s' has already consented to terminating %s '%s'".formatted(command.partyId(), kind.label(),
                        agreementId),
                "partyId");
        apply(new TerminationConsented(agreementId, collaborationId, command.partyId(), command.consentedBy()));
    }

    @CommandHandler
    public void handle(TerminateAgreement command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        LocalDate on = WorldDate.of(effectiveOn);
        refuseUnlessInForceOn(on, "terminated");
        TerminationConsentRule.check(agreementId, kind, parties.keySet(), consentedBy(on));
        apply(new AgreementTerminated(agreementId, collaborationId, command.reason(), command.decisionReference()));
    }

    @CommandHandler
    public void handle(ConsentToPartyChange command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        refuseUnlessInForceOn(WorldDate.of(effectiveOn), "changed by accession or removal");
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
    public void handle(AccedeToAgreement command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        LocalDate on = WorldDate.of(effectiveOn);
        refuseUnlessInForceOn(on, "acceded to");
        String subject = command.party().partyId();
        refuseSubject(PartyChange.ACCESSION, subject);
        PartyChangeRule.check(agreementId, PartyChange.ACCESSION, subject, parties.keySet(),
                changeConsents.getOrDefault(changeKey(PartyChange.ACCESSION, subject), Map.of()), on);
        apply(new PartyAcceded(agreementId, collaborationId, command.party(), command.signatory(), command.deed()));
    }

    @CommandHandler
    public void handle(RemoveFromAgreement command, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        LocalDate on = WorldDate.of(effectiveOn);
        refuseUnlessInForceOn(on, "changed by removing a party");
        refuseSubject(PartyChange.REMOVAL, command.partyId());
        List<String> remaining = parties.keySet().stream().filter(p -> !p.equals(command.partyId())).toList();
        refuseUnless(!remaining.isEmpty(), "REMOVAL_LEAVES_NO_PARTY",
                "Party '%s' is the only party left to %s '%s'; terminate it instead".formatted(command.partyId(),
                        kind.label(), agreementId), "partyId");
        PartyChangeRule.check(agreementId, PartyChange.REMOVAL, command.partyId(), remaining,
                changeConsents.getOrDefault(changeKey(PartyChange.REMOVAL, command.partyId()), Map.of()), on);
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

    /** The last required signature in the world, once every required party has signed. */
    private Optional<Dated> inForceFrom() {
        Comparator<Dated> byDate = Comparator.comparing(Dated::on);
        List<AgreementParty> signing = parties.values().stream().filter(AgreementParty::signatureRequired)
                .filter(p -> !acceded.contains(p.partyId())).toList();
        if (!signing.stream().allMatch(p -> signed.containsKey(p.partyId()))) {
            return Optional.empty();
        }
        return signing.stream().map(p -> signed.get(p.partyId())).max(byDate);
    }

    /** The parties that had consented on or before that day. */
    private Set<String> consentedBy(LocalDate day) {
        Set<String> parties = new HashSet<>();
        consented.forEach((party, when) -> {
            if (!when.on().isAfter(day)) {
                parties.add(party);
            }
        });
        return parties;
    }

    private void refuseUnlessParty(String partyId) {
        refuseUnless(parties.containsKey(partyId), AGREEMENT_PARTY_UNKNOWN,
                "Party '%s' is not a party to %s '%s'".formatted(partyId, kind.label(), agreementId), "partyId");
    }

    private void refuseWhenTerminatedBefore(LocalDate day, String action) {
        refuseUnless(terminatedOn == null || !day.isAfter(terminatedOn), AGREEMENT_TERMINATED,
                "%s '%s' was terminated%s and can no longer be %s%s".formatted(capitalised(kind.label()),
                        agreementId, WorldDate.on(terminatedOn), action, WorldDate.on(day)),
                "agreementId");
    }

    private void refuseUnlessInForceOn(LocalDate day, String action) {
        Optional<Dated> from = inForceFrom();
        String why;
        if (terminatedOn != null && day.isAfter(terminatedOn)) {
            why = "terminated" + WorldDate.on(terminatedOn);
        } else if (from.isEmpty()) {
            why = "not in force (not every required party has signed)";
        } else if (from.get().on().isAfter(day)) {
            why = "not in force" + WorldDate.on(day) + ": it came into force only" + WorldDate.on(from.get().on())
                    + ", with its last required signature";
        } else if (terminatedOn != null) {
            why = "already terminated" + WorldDate.on(terminatedOn);
        } else {
            return;
        }
        refuseUnless(false, AGREEMENT_NOT_IN_FORCE,
                "%s '%s' is %s, so it cannot be %s".formatted(capitalised(kind.label()), agreementId, why, action),
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
        signed = new LinkedHashMap<>();
        consented = new LinkedHashMap<>();
    }

    @EventSourcingHandler
    void on(AgreementSigned event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        signed.put(event.partyId(), Dated.of(effectiveOn));
    }

    @EventSourcingHandler
    void on(AgreementInForce event) {
        inForceRecorded = true;
    }

    @EventSourcingHandler
    void on(TerminationConsented event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        consented.put(event.partyId(), Dated.of(effectiveOn));
    }

    @EventSourcingHandler
    void on(AgreementTerminated event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        terminatedOn = WorldDate.of(effectiveOn);
    }

    @EventSourcingHandler
    void on(PartyChangeConsented event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        changeConsents.computeIfAbsent(changeKey(event.change(), event.subjectPartyId()), k -> new HashMap<>())
                .put(event.partyId(), WorldDate.of(effectiveOn));
    }

    @EventSourcingHandler
    void on(PartyAcceded event, @MetaDataValue(EFFECTIVE_ON) String effectiveOn) {
        parties.put(event.party().partyId(), event.party());
        acceded.add(event.party().partyId());
        signed.put(event.party().partyId(), Dated.of(effectiveOn));
        changeConsents.remove(changeKey(PartyChange.ACCESSION, event.party().partyId()));
    }

    @EventSourcingHandler
    void on(PartyRemovedFromAgreement event) {
        parties.remove(event.partyId());
        signed.remove(event.partyId());
        consented.remove(event.partyId());
        changeConsents.remove(changeKey(PartyChange.REMOVAL, event.partyId()));
    }
}
