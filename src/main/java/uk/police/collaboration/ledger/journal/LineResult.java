package uk.police.collaboration.ledger.journal;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;

/** The answer for one journal line: accepted with its event ids, or refused with the rule broken. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LineResult(int line, String status, String command, String commandId, String recordId,
                         List<String> eventIds, Boolean replayed, String code, String rule, List<String> fields) {

    public static LineResult accepted(int line, uk.police.collaboration.ledger.intake.Accepted accepted) {
        return new LineResult(line, "accepted", accepted.command(), accepted.commandId(), accepted.recordId(),
                accepted.eventIds(), accepted.replayed(), null, null, null);
    }

    public static LineResult refused(int line, String command, String commandId, String code, String rule, List<String> fields) {
        return new LineResult(line, "refused", command, commandId, null, null, null, code, rule, fields);
    }

    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isAccepted() {
        return "accepted".equals(status);
    }
}
