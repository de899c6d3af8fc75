package uk.police.collaboration.ledger.funding.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.Money;

import java.util.List;

/** A set of savings was recorded as the paper states them. */
@Revision("1")
public record SavingsRecorded(String savingsId, String collaborationId, String title, String basis,
                              String costSharingModelId, List<SavingLine> lines, Money statedTotal)
        implements SavingsEvent {

    public SavingsRecorded {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
