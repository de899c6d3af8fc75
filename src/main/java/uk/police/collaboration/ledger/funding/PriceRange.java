package uk.police.collaboration.ledger.funding;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.funding.api.ConfirmPrice;
import uk.police.collaboration.ledger.funding.api.PriceConfirmed;
import uk.police.collaboration.ledger.funding.api.PriceRangeStated;
import uk.police.collaboration.ledger.funding.api.StatePriceRange;
import uk.police.collaboration.ledger.shared.EffectiveDay;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/** A price known first as a range (low–high, exact pounds and pence) and "not yet confirmed" until confirmed. */
@Aggregate
public class PriceRange {

    static final String PRICE_RANGE_INVERTED = "PRICE_RANGE_INVERTED";
    static final String PRICE_NOT_POSITIVE = "PRICE_NOT_POSITIVE";
    static final String PRICE_ALREADY_CONFIRMED = "PRICE_ALREADY_CONFIRMED";
    static final String CONFIRMED_BEFORE_STATED = "CONFIRMED_BEFORE_STATED";

    @AggregateIdentifier
    private String priceRangeId;
    private String collaborationId;
    private Money low;
    private Money high;
    private LocalDate statedOn;
    private boolean confirmed;

    protected PriceRange() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public PriceRange(StatePriceRange command) {
        refuseUnless(!command.low().isNegative(), PRICE_NOT_POSITIVE,
                "The low end of price range '%s' cannot be below £0.00".formatted(command.priceRangeId()), "low");
        refuseUnless(command.low().compareTo(command.high()) <= 0, PRICE_RANGE_INVERTED,
                "Price range '%s' runs from %s to %s: its low end is above its high end".formatted(
                        command.priceRangeId(), Pounds.of(command.low()), Pounds.of(command.high())), "low", "high");
        apply(new PriceRangeStated(command.priceRangeId(), command.collaborationId(), command.item(), command.low(),
                command.high(), command.period(), command.confirmationExpectedOn(), command.note()));
    }

    /** Judged on effective dates: a confirmation dated before the range was stated is refused, whatever the recording order. */
    @CommandHandler
    public void handle(ConfirmPrice command, @MetaDataValue(EnvelopeKeys.EFFECTIVE_ON) String effectiveOn) {
        refuseUnless(!confirmed, PRICE_ALREADY_CONFIRMED,
                "The price of '%s' has already been confirmed".formatted(priceRangeId), "priceRangeId");
        refuseUnless(!command.confirmedAmount().isNegative(), PRICE_NOT_POSITIVE,
                "A confirmed price cannot be below £0.00", "confirmedAmount");
        LocalDate on = EffectiveDay.of(effectiveOn);
        refuseUnless(!EffectiveDay.before(on, statedOn), CONFIRMED_BEFORE_STATED,
                "The price of '%s' cannot be confirmed on %s, before the range was stated on %s".formatted(
                        priceRangeId, on, statedOn), "effectiveOn");
        boolean within = command.confirmedAmount().compareTo(low) >= 0 && command.confirmedAmount().compareTo(high) <= 0;
        apply(new PriceConfirmed(priceRangeId, collaborationId, command.confirmedAmount(), command.confirmedBy(), within));
    }

    @EventSourcingHandler
    void on(PriceRangeStated event, @MetaDataValue(EnvelopeKeys.EFFECTIVE_ON) String effectiveOn) {
        priceRangeId = event.priceRangeId();
        collaborationId = event.collaborationId();
        low = event.low();
        high = event.high();
        statedOn = EffectiveDay.of(effectiveOn);
    }

    @EventSourcingHandler
    void on(PriceConfirmed event) {
        confirmed = true;
    }
}
