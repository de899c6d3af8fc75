package uk.police.collaboration.ledger.agreement.api;

/** Every fact recorded about an agreement; each names its collaboration so the read side can place it. */
public sealed interface AgreementEvent permits AgreementDrafted, AgreementSigned, AgreementInForce, AgreementAmended,
        TerminationConsented, AgreementTerminated, PartyChangeConsented, PartyAcceded, PartyRemovedFromAgreement {

    String agreementId();

    String collaborationId();
}
