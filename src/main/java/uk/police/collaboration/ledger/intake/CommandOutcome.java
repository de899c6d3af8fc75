package uk.police.collaboration.ledger.intake;

import java.util.List;

/**
 * What an accepted command did: the record (aggregate) it acted on and the identifiers of the
 * events it wrote. Returned by the command bus and kept in the command log, so that a resubmitted
 * command id answers exactly as the first time.
 */
public record CommandOutcome(String recordId, List<String> eventIds) {
    public CommandOutcome {
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    }
}
