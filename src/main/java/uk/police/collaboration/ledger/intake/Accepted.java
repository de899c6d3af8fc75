package uk.police.collaboration.ledger.intake;

import java.util.List;

/**
 * The answer to an accepted command. {@code replayed} is true when the command id had already been
 * accepted: nothing new was written and the original answer is repeated.
 */
public record Accepted(String commandId, String command, String recordId, List<String> eventIds, boolean replayed) {
    public Accepted {
        eventIds = eventIds == null ? List.of() : List.copyOf(eventIds);
    }
}
