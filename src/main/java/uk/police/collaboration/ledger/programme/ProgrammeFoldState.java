package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.CorrectionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.CostSharingView;
import uk.police.collaboration.ledger.programme.ProgrammeView.FundingRequestView;
import uk.police.collaboration.ledger.programme.ProgrammeView.LastChangeView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartyView;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The mutable state of one fold: hands each event to its business area, then builds the view from every area. */
final class ProgrammeFoldState {

    private final ProgrammeBasicsFold programme;
    private final AppraisalsFold appraisals;
    private final BusinessCasesFold businessCases;
    private final AgreementsFold agreements;
    private final FundingFold funding;
    private final DecisionsFold decisions;
    private final DeliveryFold delivery;
    private final ProgrammeDetailsFold details;

    ProgrammeFoldState(BigDecimal significantExpenditure) {
        this(new ProgrammeBasicsFold(), new AppraisalsFold(), new BusinessCasesFold(), new AgreementsFold(),
                new FundingFold(), new DecisionsFold(significantExpenditure), new DeliveryFold(), new ProgrammeDetailsFold());
    }

    private ProgrammeFoldState(ProgrammeBasicsFold programme, AppraisalsFold appraisals, BusinessCasesFold businessCases,
                               AgreementsFold agreements, FundingFold funding, DecisionsFold decisions,
                               DeliveryFold delivery, ProgrammeDetailsFold details) {
        this.programme = programme;
        this.appraisals = appraisals;
        this.businessCases = businessCases;
        this.agreements = agreements;
        this.funding = funding;
        this.decisions = decisions;
        this.delivery = delivery;
        this.details = details;
    }

    /**
     * A deep copy: every part fold its own copy, so that folding more events into either leaves the
     * other as it was. What saved states are made of ({@link SavedStates}): a state saved at a point
     * of valid time is copied out, and copied again to answer from.
     */
    ProgrammeFoldState copy() {
        return new ProgrammeFoldState(programme.copy(), appraisals.copy(), businessCases.copy(), agreements.copy(),
                funding.copy(), decisions.copy(), delivery.copy(), details.copy());
    }

    void apply(RecordedEvent e) {
        details.observe(e);
        if (programme.apply(e) || appraisals.apply(e) || businessCases.apply(e) || agreements.apply(e)
                || funding.apply(e) || decisions.apply(e) || delivery.apply(e)) {
            return;
        }
        // An event type this view does not show (none today): the timeline still lists it.
    }

    /** Whether the selection held the programme's registration. */
    boolean registered() {
        return programme.registered();
    }

    ProgrammeView view(List<CorrectionView> corrections, RecordedEvent last, LocalDate asOf, Instant knownAt,
                       LocalDate overdueAt) {
        List<PartyView> partyList = List.copyOf(programme.parties.values());
        List<String> current = partyList.stream().filter(PartyView::current).map(PartyView::partyId).toList();
        List<CostSharingView> modelList = funding.models(current, overdueAt);
        List<FundingRequestView> requests = funding.requests();
        return new ProgrammeView(programme.collaborationId, programme.title, programme.scope, programme.leadPartyId,
                programme.leadOfficer, programme.registeredOn, programme.status, List.copyOf(programme.governance),
                partyList, programme.tree(null), appraisals.views(), businessCases.views(), agreements.views(),
                modelList, requests, funding.byYear(requests, programme.parties, programme::partyOn),
                delivery.risks(), delivery.milestones(overdueAt), decisions.views(), delivery.progress(),
                List.copyOf(corrections),
                last == null ? null : new LastChangeView(last.effectiveOn(), last.recordedAt(), last.eventId()),
                asOf, knownAt, programme.eventId, details.view());
    }
}
