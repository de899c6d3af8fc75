package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.MilestoneRevisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.MilestoneView;
import uk.police.collaboration.ledger.programme.ProgrammeView.MitigationView;
import uk.police.collaboration.ledger.programme.ProgrammeView.ProgressView;
import uk.police.collaboration.ledger.programme.ProgrammeView.RiskView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.date;
import static uk.police.collaboration.ledger.programme.FoldJson.text;

/** Delivery within one fold: risks, milestones (overdue judged at a given day) and recorded progress. */
final class DeliveryFold {

    private final Map<String, Risk> risks = new LinkedHashMap<>();
    private final Map<String, Milestone> milestones = new LinkedHashMap<>();
    private final List<ProgressView> progress = new ArrayList<>();

    DeliveryFold copy() {
        DeliveryFold copy = new DeliveryFold();
        FoldCopies.each(risks, copy.risks, Risk::copy);
        FoldCopies.each(milestones, copy.milestones, Milestone::copy);
        copy.progress.addAll(progress);
        return copy;
    }

    /** False when the event is not one of this area's. */
    boolean apply(RecordedEvent e) {
        JsonNode p = e.payload();
        LocalDate on = e.effectiveOn();
        String id = e.eventId();
        switch (e.eventType()) {
            case "ProgressRecorded" -> progress.add(new ProgressView(on, text(p, "workstreamId"), text(p, "body"),
                    text(p, "summary"), id));
            case "RiskRaised", "RiskMitigated", "RiskClosed", "RiskReRated" ->
                    risks.computeIfAbsent(text(p, "riskId"), Risk::new).apply(e.eventType(), p, on, id);
            case "MilestoneSet", "MilestoneRevised", "MilestoneAchieved" ->
                    milestones.computeIfAbsent(text(p, "milestoneId"), Milestone::new).apply(e.eventType(), p, on, id);
            default -> {
                return false;
            }
        }
        return true;
    }

    List<RiskView> risks() {
        return risks.values().stream().map(Risk::view).toList();
    }

    List<MilestoneView> milestones(LocalDate overdueAt) {
        return milestones.values().stream().map(m -> m.view().overdueAt(overdueAt)).toList();
    }

    List<ProgressView> progress() {
        return List.copyOf(progress);
    }

    private static final class Risk {
        final String riskId;
        String label, description, likelihood, impact, owner, status, closeReason, eventId;
        LocalDate raisedOn, closedOn;
        final List<MitigationView> mitigations = new ArrayList<>();

        Risk(String riskId) {
            this.riskId = riskId;
        }

        Risk copy() {
            Risk c = new Risk(riskId);
            c.label = label;
            c.description = description;
            c.likelihood = likelihood;
            c.impact = impact;
            c.owner = owner;
            c.status = status;
            c.closeReason = closeReason;
            c.eventId = eventId;
            c.raisedOn = raisedOn;
            c.closedOn = closedOn;
            c.mitigations.addAll(mitigations);
            return c;
        }

        void apply(String type, JsonNode p, LocalDate on, String id) {
            eventId = id;
            switch (type) {
                case "RiskRaised" -> {
                    label = text(p, "label");
                    description = text(p, "description");
                    likelihood = text(p, "likelihood");
                    impact = text(p, "impact");
                    owner = text(p, "owner");
                    status = "OPEN";
                    raisedOn = on;
                }
                case "RiskMitigated" -> mitigations.add(new MitigationView(on, text(p, "mitigation"), id));
                // Events arrive in world order, so the last re-rating applied is the one standing (history: RiskRatingsFold).
                case "RiskReRated" -> {
                    likelihood = text(p, "likelihood") != null ? text(p, "likelihood") : likelihood;
                    impact = text(p, "impact") != null ? text(p, "impact") : impact;
                    owner = text(p, "owner") != null ? text(p, "owner") : owner;
                }
                default -> {
                    status = "CLOSED";
                    closedOn = on;
                    closeReason = text(p, "reason");
                }
            }
        }

        RiskView view() {
            return new RiskView(riskId, label, description, likelihood, impact, owner, status, raisedOn, closedOn,
                    closeReason, List.copyOf(mitigations), eventId);
        }
    }

    private static final class Milestone {
        final String milestoneId;
        String title, workstreamId, note, eventId;
        LocalDate plannedOn, originallyPlannedOn, achievedOn;
        final List<MilestoneRevisionView> revisions = new ArrayList<>();

        Milestone(String milestoneId) {
            this.milestoneId = milestoneId;
        }

        Milestone copy() {
            Milestone c = new Milestone(milestoneId);
            c.title = title;
            c.workstreamId = workstreamId;
            c.note = note;
            c.eventId = eventId;
            c.plannedOn = plannedOn;
            c.originallyPlannedOn = originallyPlannedOn;
            c.achievedOn = achievedOn;
            c.revisions.addAll(revisions);
            return c;
        }

        void apply(String type, JsonNode p, LocalDate on, String id) {
            eventId = id;
            switch (type) {
                case "MilestoneSet" -> {
                    title = text(p, "title");
                    workstreamId = text(p, "workstreamId");
                    plannedOn = date(p, "plannedOn");
                    originallyPlannedOn = plannedOn;
                }
                case "MilestoneRevised" -> {
                    revisions.add(new MilestoneRevisionView(on, date(p, "previousPlannedOn"), date(p, "plannedOn"),
                            text(p, "reason"), id));
                    plannedOn = date(p, "plannedOn");
                }
                default -> {
                    achievedOn = on;
                    note = text(p, "note");
                }
            }
        }

        MilestoneView view() {
            return new MilestoneView(milestoneId, title, workstreamId, plannedOn, originallyPlannedOn,
                    List.copyOf(revisions), achievedOn, note, false, eventId);
        }
    }
}
