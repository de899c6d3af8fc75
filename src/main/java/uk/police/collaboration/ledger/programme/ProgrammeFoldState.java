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

    private final ProgrammeBasicsFold programme = new ProgrammeBasicsFold();
    private final AppraisalsFold appraisals = new AppraisalsFold();
    private final BusinessCasesFold businessCases = new BusinessCasesFold();
    private final AgreementsFold agreements = new AgreementsFold();
    private final FundingFold funding = new FundingFold();
    private final DecisionsFold decisions;
    private final DeliveryFold delivery = new DeliveryFold();
    private final ProgrammeDetailsFold details = new ProgrammeDetailsFold();

    ProgrammeFoldState(BigDecimal significantExpenditure) {
        this.decisions = new DecisionsFold(significantExpenditure);
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
