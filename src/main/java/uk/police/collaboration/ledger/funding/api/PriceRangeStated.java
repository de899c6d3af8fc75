package uk.police.collaboration.ledger.funding.api;

import org.axonframework.serialization.Revision;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;

/** A price was stated as a range, not yet confirmed. */
@Revision("1")
public record PriceRangeStated(String priceRangeId, String collaborationId, String item, Money low, Money high,
                               String period, LocalDate confirmationExpectedOn, String note) implements PriceRangeEvent {
}
