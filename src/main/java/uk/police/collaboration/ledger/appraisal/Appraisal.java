package uk.police.collaboration.ledger.appraisal;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import uk.police.collaboration.ledger.appraisal.api.AppraisalOpened;
import uk.police.collaboration.ledger.appraisal.api.AppraisalStage;
import uk.police.collaboration.ledger.appraisal.api.DiscardOption;
import uk.police.collaboration.ledger.appraisal.api.OptionDiscarded;
import uk.police.collaboration.ledger.appraisal.api.OptionsConsideredStated;
import uk.police.collaboration.ledger.appraisal.api.StateOptionsConsidered;
import uk.police.collaboration.ledger.appraisal.api.ApproveOption;
import uk.police.collaboration.ledger.appraisal.api.OpenAppraisal;
import uk.police.collaboration.ledger.appraisal.api.OptionApproved;
import uk.police.collaboration.ledger.appraisal.api.OptionNotSelected;
import uk.police.collaboration.ledger.appraisal.api.OptionProposed;
import uk.police.collaboration.ledger.appraisal.api.OptionRejected;
import uk.police.collaboration.ledger.appraisal.api.OptionWithdrawn;
import uk.police.collaboration.ledger.appraisal.api.ProposeOption;
import uk.police.collaboration.ledger.appraisal.api.RejectOption;
import uk.police.collaboration.ledger.appraisal.api.Timescale;
import uk.police.collaboration.ledger.appraisal.api.WithdrawOption;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;

/**
 * An options appraisal: options are proposed, withdrawn or rejected one by one until a body
 * approves one. Approval settles the appraisal: every other option still proposed is not selected,
 * and nothing more can change.
 */
@Aggregate
public class Appraisal {

    @AggregateIdentifier
    private String appraisalId;
    private String collaborationId;
    /** Options in the order they were proposed, so that "not selected" follows the same order. */
    private Map<String, OptionStatus> options;
    private String doNothingOptionId;
    private boolean settled;
    /** The stage at which each discarded option fell (options proposed for decision are not in it). */
    private Map<String, AppraisalStage> discarded;

    protected Appraisal() {
        // for Axon: rebuilt from its events
    }

    @CommandHandler
    public Appraisal(OpenAppraisal command) {
        apply(new AppraisalOpened(command.appraisalId(), command.collaborationId(), command.title(),
                command.workstreamId()));
    }

    @CommandHandler
    public void handle(ProposeOption command) {
        refuseWhenSettled();
        refuseUnless(!options.containsKey(command.optionId()) && !discarded.containsKey(command.optionId()), "DUPLICATE_OPTION",
                "Appraisal '" + appraisalId + "' already has an option '" + command.optionId() + "'",
                "optionId");
        refuseUnless(!command.doNothing() || doNothingOptionId == null, "SECOND_DO_NOTHING_OPTION",
                "Appraisal '" + appraisalId + "' already has a 'Do Nothing' option ('" + doNothingOptionId
                        + "'); an appraisal has at most one",
                "doNothing");
        Timescale timescale = command.timescale();
        refuseUnless(timescale == null || timescale.minMonths() == null || timescale.maxMonths() == null
                        || timescale.minMonths() <= timescale.maxMonths(), "TIMESCALE_INVERTED",
                timescale == null ? "" : "The timescale of option '" + command.optionId() + "' runs from "
                        + timescale.minMonths() + " to " + timescale.maxMonths()
                        + " months; the minimum cannot be more than the maximum",
                "timescale.minMonths", "timescale.maxMonths");
        apply(new OptionProposed(appraisalId, collaborationId, command.optionId(), command.title(),
                command.description(), command.timescale(), command.doNothing()));
    }

    @CommandHandler
    public void handle(WithdrawOption command) {
        refuseUnlessOpen(command.optionId(), "withdrawn");
        apply(new OptionWithdrawn(appraisalId, collaborationId, command.optionId(), command.reason()));
    }

    @CommandHandler
    public void handle(ApproveOption command) {
        refuseUnlessOpen(command.optionId(), "approved");
        List<String> others = options.entrySet().stream()
                .filter(o -> o.getValue() == OptionStatus.PROPOSED && !o.getKey().equals(command.optionId()))
                .map(Map.Entry::getKey)
                .toList();
        apply(new OptionApproved(appraisalId, collaborationId, command.optionId(), command.approvedBy(),
                command.meeting(), command.decisionReference()));
        others.forEach(other -> apply(new OptionNotSelected(appraisalId, collaborationId, other)));
    }

    @CommandHandler
    public void handle(RejectOption command) {
        refuseUnlessOpen(command.optionId(), "rejected");
        apply(new OptionRejected(appraisalId, collaborationId, command.optionId(), command.rejectedBy(),
                command.reason()));
    }

    /** The option exists, the appraisal is not settled, and the option is still proposed. */
    private void refuseUnlessOpen(String optionId, String wouldBe) {
        refuseUnless(options.containsKey(optionId), "OPTION_UNKNOWN",
                "Appraisal '" + appraisalId + "' has no option '" + optionId + "'",
                "optionId");
        refuseWhenSettled();
        OptionStatus status = options.get(optionId);
        refuseUnless(status == OptionStatus.PROPOSED, "OPTION_NOT_OPEN",
                "Option '" + optionId + "' of appraisal '" + appraisalId + "' has been " + status.name().toLowerCase()
                        + " and cannot be " + wouldBe,
                "optionId");
    }

    private void refuseWhenSettled() {
        refuseUnless(!settled, "APPRAISAL_SETTLED",
                "Appraisal '" + appraisalId + "' is settled: an option has been approved and nothing more can change",
                "appraisalId");
    }

    @EventSourcingHandler
    void on(AppraisalOpened event) {
        appraisalId = event.appraisalId();
        collaborationId = event.collaborationId();
        options = new LinkedHashMap<>();
        doNothingOptionId = null;
        settled = false;
        discarded = new LinkedHashMap<>();
    }

    /** May be recorded after the appraisal is settled: a long list is history the paper reports afterwards. */
    @CommandHandler
    public void handle(DiscardOption command) {
        refuseUnless(!options.containsKey(command.optionId()) && !discarded.containsKey(command.optionId()),
                "DUPLICATE_OPTION", "Appraisal '" + appraisalId + "' already has an option '" + command.optionId() + "'",
                "optionId");
        apply(new OptionDiscarded(appraisalId, collaborationId, command.optionId(), command.title(),
                command.description(), command.stage(), command.reason()));
    }

    @CommandHandler
    public void handle(StateOptionsConsidered command) {
        List<AppraisalStage> fellAt = new ArrayList<>(discarded.values());
        options.keySet().forEach(option -> fellAt.add(AppraisalStage.DETAILED_APPRAISAL));
        OptionsConsideredRule.check(appraisalId, command.stage(), command.count(), fellAt);
        apply(new OptionsConsideredStated(appraisalId, collaborationId, command.stage(), command.count(),
                command.description()));
    }

    @EventSourcingHandler
    void on(OptionDiscarded event) {
        discarded.put(event.optionId(), event.stage());
    }

    @EventSourcingHandler
    void on(OptionProposed event) {
        options.put(event.optionId(), OptionStatus.PROPOSED);
        if (event.doNothing()) {
            doNothingOptionId = event.optionId();
        }
    }

    @EventSourcingHandler
    void on(OptionWithdrawn event) {
        options.put(event.optionId(), OptionStatus.WITHDRAWN);
        if (event.optionId().equals(doNothingOptionId)) {
            doNothingOptionId = null;
        }
    }

    @EventSourcingHandler
    void on(OptionRejected event) {
        options.put(event.optionId(), OptionStatus.REJECTED);
    }

    @EventSourcingHandler
    void on(OptionApproved event) {
        options.put(event.optionId(), OptionStatus.APPROVED);
        settled = true;
    }

    @EventSourcingHandler
    void on(OptionNotSelected event) {
        options.put(event.optionId(), OptionStatus.NOT_SELECTED);
    }
}
