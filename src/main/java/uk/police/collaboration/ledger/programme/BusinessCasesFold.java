package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.AssuranceView;
import uk.police.collaboration.ledger.programme.ProgrammeView.BusinessCaseStepView;
import uk.police.collaboration.ledger.programme.ProgrammeView.BusinessCaseView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.text;

/** Business cases within one fold: their stages, approval steps and assurance. */
final class BusinessCasesFold {

    private final Map<String, BusinessCase> businessCases = new LinkedHashMap<>();

    BusinessCasesFold copy() {
        BusinessCasesFold copy = new BusinessCasesFold();
        FoldCopies.each(businessCases, copy.businessCases, BusinessCase::copy);
        return copy;
    }

    /** False when the event is not one of this area's. */
    boolean apply(RecordedEvent e) {
        switch (e.eventType()) {
            case "BusinessCaseDrafted", "BusinessCaseEndorsed", "BusinessCaseCirculated", "BusinessCasePresented",
                 "BusinessCaseApproved", "BusinessCaseRejected", "BusinessCaseAdvanced", "AssuranceRecorded" ->
                    businessCases.computeIfAbsent(text(e.payload(), "businessCaseId"), BusinessCase::new)
                            .apply(e.eventType(), e.payload(), e.effectiveOn(), e.eventId());
            default -> {
                return false;
            }
        }
        return true;
    }

    List<BusinessCaseView> views() {
        return businessCases.values().stream().map(BusinessCase::view).toList();
    }

    private static final class BusinessCase {
        final String businessCaseId;
        String title, workstreamId, stage, tranche, status, eventId;
        final List<BusinessCaseStepView> history = new ArrayList<>();
        final List<AssuranceView> assurance = new ArrayList<>();

        BusinessCase(String businessCaseId) {
            this.businessCaseId = businessCaseId;
        }

        BusinessCase copy() {
            BusinessCase c = new BusinessCase(businessCaseId);
            c.title = title;
            c.workstreamId = workstreamId;
            c.stage = stage;
            c.tranche = tranche;
            c.status = status;
            c.eventId = eventId;
            c.history.addAll(history);
            c.assurance.addAll(assurance);
            return c;
        }

        void apply(String type, JsonNode p, LocalDate on, String id) {
            eventId = id;
            switch (type) {
                case "BusinessCaseDrafted" -> {
                    title = text(p, "title");
                    workstreamId = text(p, "workstreamId");
                    stage = text(p, "stage");
                    tranche = text(p, "tranche");
                    status = "DRAFTED";
                    history.add(new BusinessCaseStepView(on, "DRAFTED", stage, null, title, tranche, null, id));
                }
                case "BusinessCaseEndorsed" -> step(on, "ENDORSED", text(p, "endorsedBy"), null, null, null, id);
                case "BusinessCaseCirculated" -> step(on, "CIRCULATED", text(p, "circulatedTo"), text(p, "purpose"),
                        text(p, "tranche"), null, id);
                case "BusinessCasePresented" -> step(on, "PRESENTED", text(p, "presentedTo"), text(p, "meeting"), null,
                        null, id);
                case "BusinessCaseApproved" -> step(on, "APPROVED", text(p, "approvedBy"), null, null,
                        text(p, "decisionReference"), id);
                case "BusinessCaseRejected" -> step(on, "REJECTED", text(p, "rejectedBy"), text(p, "reason"), null, null, id);
                case "BusinessCaseAdvanced" -> {
                    stage = text(p, "toStage");
                    if (text(p, "title") != null) {
                        title = text(p, "title");
                    }
                    status = "DRAFTED";
                    history.add(new BusinessCaseStepView(on, "ADVANCED", stage, null,
                            "from " + text(p, "fromStage") + " to " + text(p, "toStage"), null, null, id));
                }
                default -> assurance.add(new AssuranceView(on, text(p, "assurer"), text(p, "conclusion"),
                        p.path("recommendations").asInt(0), text(p, "summary"), id));
            }
        }

        void step(LocalDate on, String step, String by, String detail, String stepTranche, String reference, String id) {
            status = step;
            history.add(new BusinessCaseStepView(on, step, stage, by, detail, stepTranche, reference, id));
        }

        BusinessCaseView view() {
            return new BusinessCaseView(businessCaseId, title, workstreamId, stage, tranche, status, List.copyOf(history),
                    List.copyOf(assurance), eventId);
        }
    }
}
