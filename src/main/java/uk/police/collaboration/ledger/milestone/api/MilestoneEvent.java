package uk.police.collaboration.ledger.milestone.api;

/** Every fact about a milestone of a collaboration programme. */
public sealed interface MilestoneEvent permits MilestoneSet, MilestoneRevised, MilestoneAchieved {

    String milestoneId();

    String collaborationId();
}
