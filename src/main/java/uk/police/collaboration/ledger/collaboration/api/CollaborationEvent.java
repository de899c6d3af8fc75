package uk.police.collaboration.ledger.collaboration.api;

/** Every fact recorded on the stream of one collaboration. */
public sealed interface CollaborationEvent permits CollaborationRegistered, PartyJoined, PartyWithdrew,
        WorkstreamAdded, GovernanceChanged, ProgressRecorded, CostSharingProposed, CostSharingAgreed,
        CollaborationClosed {

    String collaborationId();
}
