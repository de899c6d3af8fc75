package uk.police.collaboration.ledger.web.pages;

import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.MilestoneView;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * A programme at a glance, for the programme list: what a board member scans for first. Counted from
 * the view the reader may see, so an FOI-cleared reader never learns of a decision they cannot see.
 *
 * @param awaitingSignOff   decisions recorded with no sign-off and no outcome yet
 * @param awaitingPublication decisions made but not yet published and not ruled out of publication
 * @param nextMilestone     the earliest planned milestone not yet achieved, on or after the day judged
 * @param committed         funding allocated, all years
 */
public record ProgrammeGlance(String collaborationId, String title, String status, String outcome, int parties,
                              int openRisks, int overdueMilestones, int awaitingSignOff, int awaitingPublication,
                              MilestoneView nextMilestone, Money committed, ProgrammeView.LastChangeView lastChange,
                              String partyNames) {

    static ProgrammeGlance of(ProgrammeView view, LocalDate day) {
        int openRisks = (int) view.risks().stream().filter(r -> "OPEN".equals(r.status())).count();
        int overdue = (int) view.milestones().stream().filter(MilestoneView::overdue).count();
        int awaitingSignOff = (int) view.decisions().stream()
                .filter(d -> d.signOffs().isEmpty() && d.outcome() == null).count();
        int awaitingPublication = (int) view.decisions().stream().filter(ProgrammeGlance::awaitingPublication).count();
        MilestoneView next = view.milestones().stream()
                .filter(m -> m.achievedOn() == null && m.plannedOn() != null && !m.plannedOn().isBefore(day))
                .min(Comparator.comparing(MilestoneView::plannedOn)).orElse(null);
        Money committed = view.fundingByYear().stream().map(y -> y.allocated() == null ? Money.ZERO : y.allocated())
                .reduce(Money.ZERO, Money::plus);
        return new ProgrammeGlance(view.collaborationId(), view.title(),
                view.status() == null ? null : view.status().state(), view.status() == null ? null : view.status().outcome(),
                view.currentParties().size(), openRisks, overdue, awaitingSignOff, awaitingPublication, next,
                committed, view.lastChange(),
                String.join(", ", view.currentParties().stream().map(ProgrammeView.PartyView::name).toList()));
    }

    static boolean awaitingPublication(DecisionView d) {
        return d.outcome() != null && !d.published() && !"NOT_FOR_PUBLICATION".equals(d.publicationStatus());
    }
}
