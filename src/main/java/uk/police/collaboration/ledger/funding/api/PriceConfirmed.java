package uk.police.collaboration.ledger.funding.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.Money;

/** The price of a range was confirmed; withinRange says whether it fell inside the range stated. */
@Revision("1")
public record PriceConfirmed(String priceRangeId, String collaborationId, Money confirmedAmount, String confirmedBy,
                             boolean withinRange) implements PriceRangeEvent {
}
