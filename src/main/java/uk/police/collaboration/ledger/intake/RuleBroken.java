package uk.police.collaboration.ledger.intake;

import java.util.List;

/**
 * The serialisable details of a refused command. A RuleViolation thrown in an aggregate travels
 * back through the command bus (local or Axon Server) as a CommandExecutionException carrying
 * this, so that the code and the offending fields survive the trip.
 */
public record RuleBroken(String code, String rule, List<String> fields) {
    public RuleBroken {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
