package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.AppraisalView;
import uk.police.collaboration.ledger.programme.ProgrammeView.OptionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.TimescaleView;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.date;
import static uk.police.collaboration.ledger.programme.FoldJson.text;

/** Option appraisals within one fold: each appraisal and the options proposed, approved, set aside or withdrawn. */
final class AppraisalsFold {

    private final Map<String, Appraisal> appraisals = new LinkedHashMap<>();

    AppraisalsFold copy() {
        AppraisalsFold copy = new AppraisalsFold();
        FoldCopies.each(appraisals, copy.appraisals, Appraisal::copy);
        return copy;
    }

    /** False when the event is not one of this area's. */
    boolean apply(RecordedEvent e) {
        JsonNode p = e.payload();
        LocalDate on = e.effectiveOn();
        String id = e.eventId();
        switch (e.eventType()) {
            case "AppraisalOpened" -> appraisals.put(text(p, "appraisalId"), new Appraisal(text(p, "appraisalId"),
                    text(p, "title"), text(p, "workstreamId"), on, id));
            case "OptionProposed", "OptionWithdrawn", "OptionApproved", "OptionNotSelected", "OptionRejected" ->
                    appraisal(p, on, id).option(e.eventType(), p, on, id);
            default -> {
                return false;
            }
        }
        return true;
    }

    List<AppraisalView> views() {
        return appraisals.values().stream().map(Appraisal::view).toList();
    }

    private Appraisal appraisal(JsonNode p, LocalDate on, String id) {
        return appraisals.computeIfAbsent(text(p, "appraisalId"), k -> new Appraisal(k, null, null, on, id));
    }

    private static final class Appraisal {
        final String appraisalId;
        String title, workstreamId, approvedOptionId, eventId;
        LocalDate openedOn;
        final Map<String, OptionView> options = new LinkedHashMap<>();

        Appraisal(String appraisalId, String title, String workstreamId, LocalDate openedOn, String eventId) {
            this.appraisalId = appraisalId;
            this.title = title;
            this.workstreamId = workstreamId;
            this.openedOn = openedOn;
            this.eventId = eventId;
        }

        Appraisal copy() {
            Appraisal c = new Appraisal(appraisalId, title, workstreamId, openedOn, eventId);
            c.approvedOptionId = approvedOptionId;
            c.options.putAll(options);
            return c;
        }

        void option(String type, JsonNode p, LocalDate on, String id) {
            String optionId = text(p, "optionId");
            eventId = id;
            if (type.equals("OptionProposed")) {
                JsonNode t = p.get("timescale");
                TimescaleView timescale = t == null || t.isNull() ? null : new TimescaleView(
                        t.hasNonNull("minMonths") ? t.get("minMonths").asInt() : null,
                        t.hasNonNull("maxMonths") ? t.get("maxMonths").asInt() : null, date(t, "from"));
                options.put(optionId, new OptionView(optionId, text(p, "title"), text(p, "description"), timescale,
                        p.path("doNothing").asBoolean(false), "PROPOSED", on, null, null, null, null, null, null, id));
                return;
            }
            OptionView o = options.getOrDefault(optionId, new OptionView(optionId, null, null, null, false, "PROPOSED",
                    null, null, null, null, null, null, null, id));
            options.put(optionId, switch (type) {
                case "OptionWithdrawn" -> new OptionView(optionId, o.title(), o.description(), o.timescale(), o.doNothing(),
                        "WITHDRAWN", o.proposedOn(), on, null, null, null, null, text(p, "reason"), id);
                case "OptionApproved" -> {
                    approvedOptionId = optionId;
                    yield new OptionView(optionId, o.title(), o.description(), o.timescale(), o.doNothing(), "APPROVED",
                            o.proposedOn(), on, text(p, "approvedBy"), text(p, "meeting"), text(p, "decisionReference"),
                            null, null, id);
                }
                case "OptionNotSelected" -> new OptionView(optionId, o.title(), o.description(), o.timescale(),
                        o.doNothing(), "NOT_SELECTED", o.proposedOn(), on, null, null, null, null, null, id);
                default -> new OptionView(optionId, o.title(), o.description(), o.timescale(), o.doNothing(), "REJECTED",
                        o.proposedOn(), on, null, null, null, text(p, "rejectedBy"), text(p, "reason"), id);
            });
        }

        AppraisalView view() {
            return new AppraisalView(appraisalId, title, workstreamId, openedOn, approvedOptionId,
                    List.copyOf(options.values()), eventId);
        }
    }
}
