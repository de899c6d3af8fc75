package uk.police.collaboration.ledger.risk;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.risk.api.CloseRisk;
import uk.police.collaboration.ledger.risk.api.MitigateRisk;
import uk.police.collaboration.ledger.risk.api.RaiseRisk;
import uk.police.collaboration.ledger.risk.api.ReRateRisk;
import uk.police.collaboration.ledger.risk.api.RiskReRated;
import uk.police.collaboration.ledger.risk.api.RiskClosed;
import uk.police.collaboration.ledger.risk.api.RiskMitigated;
import uk.police.collaboration.ledger.risk.api.RiskRaised;
import uk.police.collaboration.ledger.shared.EffectiveDay;
import uk.police.collaboration.ledger.shared.EnvelopeKeys;

import java.time.LocalDate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/** A risk to a collaboration programme (e.g. risk (c) of Gloucestershire D09-2018): raised, mitigated, closed. */
@Aggregate
public class Risk {

    @AggregateIdentifier
    private String riskId;
    private String collaborationId;
    private boolean closed;
    private LocalDate raisedOn;

    protected Risk() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Risk(RaiseRisk command) {
        apply(new RiskRaised(command.riskId(), command.collaborationId(), command.label(), command.description(),
                command.likelihood(), command.impact(), command.owner()));
    }

    @CommandHandler
    public void handle(MitigateRisk command) {
        refuseUnlessOpen("it cannot be mitigated");
        apply(new RiskMitigated(riskId, collaborationId, command.mitigation()));
    }

    @CommandHandler
    public void handle(CloseRisk command) {
        refuseUnlessOpen("it cannot be closed again");
        apply(new RiskClosed(riskId, collaborationId, command.reason()));
    }

    /** Judged on effective dates: a re-rating dated before the risk was raised is refused, whatever the recording order. */
    @CommandHandler
    public void handle(ReRateRisk command, @MetaDataValue(EnvelopeKeys.EFFECTIVE_ON) String effectiveOn) {
        refuseUnlessOpen("it cannot be re-rated");
        refuseUnless(command.likelihood() != null || command.impact() != null || command.owner() != null,
                "NOTHING_TO_RERATE", "A re-rating of risk " + riskId + " names a new likelihood, impact or owner",
                "likelihood", "impact", "owner");
        LocalDate on = EffectiveDay.of(effectiveOn);
        refuseUnless(!EffectiveDay.before(on, raisedOn), "RERATED_BEFORE_RAISED",
                "Risk " + riskId + " cannot be re-rated on " + on + ", before it was raised on " + raisedOn,
                "effectiveOn");
        apply(new RiskReRated(riskId, collaborationId, command.likelihood(), command.impact(), command.owner(),
                command.reason()));
    }

    private void refuseUnlessOpen(String consequence) {
        refuseUnless(!closed, "RISK_CLOSED", "Risk " + riskId + " is closed, so " + consequence, "riskId");
    }

    @EventSourcingHandler
    void on(RiskRaised event, @MetaDataValue(EnvelopeKeys.EFFECTIVE_ON) String effectiveOn) {
        raisedOn = EffectiveDay.of(effectiveOn);
        riskId = event.riskId();
        collaborationId = event.collaborationId();
    }

    @EventSourcingHandler
    void on(RiskClosed event) {
        closed = true;
    }
}
