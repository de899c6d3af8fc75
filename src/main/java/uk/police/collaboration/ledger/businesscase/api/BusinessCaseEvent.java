package uk.police.collaboration.ledger.businesscase.api;

/** Every fact recorded about a business case; each names its collaboration so the read side can place it. */
public sealed interface BusinessCaseEvent permits BusinessCaseDrafted, BusinessCaseEndorsed, BusinessCaseCirculated,
        BusinessCasePresented, BusinessCaseApproved, BusinessCaseRejected, BusinessCaseAdvanced, AssuranceRecorded,
        TrancheApproved {

    String businessCaseId();

    String collaborationId();
}
