package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartTwoView;
import uk.police.collaboration.ledger.programme.ProgrammeView.RedactionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.SignOffView;
import uk.police.collaboration.ledger.shared.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.programme.FoldJson.date;
import static uk.police.collaboration.ledger.programme.FoldJson.money;
import static uk.police.collaboration.ledger.programme.FoldJson.strings;
import static uk.police.collaboration.ledger.programme.FoldJson.text;

/**
 * Decisions within one fold: the record, sign-offs, the decision, publication, redactions and Part Two. A decision is
 * significant when flagged or when its expenditure exceeds the given threshold.
 */
final class DecisionsFold {

    private final BigDecimal significantExpenditure;
    private final Map<String, Decision> decisions = new LinkedHashMap<>();

    DecisionsFold(BigDecimal significantExpenditure) {
        this.significantExpenditure = significantExpenditure;
    }

    DecisionsFold copy() {
        DecisionsFold copy = new DecisionsFold(significantExpenditure);
        FoldCopies.each(decisions, copy.decisions, d -> d.copyInto(copy));
        return copy;
    }

    /** False when the event is not one of this area's. */
    boolean apply(RecordedEvent e) {
        switch (e.eventType()) {
            case "DecisionRecorded", "SignOffRecorded", "DecisionMade", "PublicationDecided", "RedactionRequired",
                 "RedactionCompleted", "PartTwoAttached", "DecisionPublished" ->
                    decisions.computeIfAbsent(text(e.payload(), "reference"), Decision::new)
                            .apply(e.eventType(), e.payload(), e.effectiveOn(), e.eventId());
            default -> {
                return false;
            }
        }
        return true;
    }

    List<DecisionView> views() {
        return decisions.values().stream().map(Decision::view).toList();
    }

    private final class Decision {
        final String reference;
        String title, decisionMaker, reportAuthor, significanceReason, outcome, decidedBy, reasons, url, eventId;
        String publicationStatus = "NOT_DECIDED", publicationReason;
        LocalDate reportDate, recordedOn, decidedOn, publishedOn;
        Money expenditure;
        boolean flagged;
        List<String> recommendations = List.of(), optionIds = List.of(), agreementIds = List.of(), fundingIds = List.of();
        final List<SignOffView> signOffs = new ArrayList<>();
        final Map<String, RedactionView> redactions = new LinkedHashMap<>();
        final Map<String, PartTwoView> partTwo = new LinkedHashMap<>();

        Decision(String reference) {
            this.reference = reference;
        }

        /** This decision's copy, belonging to {@code fold} (a decision reads its fold's threshold). */
        Decision copyInto(DecisionsFold fold) {
            Decision c = fold.new Decision(reference);
            c.title = title;
            c.decisionMaker = decisionMaker;
            c.reportAuthor = reportAuthor;
            c.significanceReason = significanceReason;
            c.outcome = outcome;
            c.decidedBy = decidedBy;
            c.reasons = reasons;
            c.url = url;
            c.eventId = eventId;
            c.publicationStatus = publicationStatus;
            c.publicationReason = publicationReason;
            c.reportDate = reportDate;
            c.recordedOn = recordedOn;
            c.decidedOn = decidedOn;
            c.publishedOn = publishedOn;
            c.expenditure = expenditure;
            c.flagged = flagged;
            c.recommendations = recommendations;
            c.optionIds = optionIds;
            c.agreementIds = agreementIds;
            c.fundingIds = fundingIds;
            c.signOffs.addAll(signOffs);
            c.redactions.putAll(redactions);
            c.partTwo.putAll(partTwo);
            return c;
        }

        void apply(String type, JsonNode p, LocalDate on, String id) {
            eventId = id;
            switch (type) {
                case "DecisionRecorded" -> {
                    title = text(p, "title");
                    decisionMaker = text(p, "decisionMaker");
                    reportAuthor = text(p, "reportAuthor");
                    reportDate = date(p, "reportDate");
                    recommendations = strings(p, "recommendations");
                    expenditure = money(p, "expenditure");
                    flagged = p.path("flaggedSignificant").asBoolean(false);
                    significanceReason = text(p, "significanceReason");
                    optionIds = strings(p, "optionIds");
                    agreementIds = strings(p, "agreementIds");
                    fundingIds = strings(p, "fundingRequestIds");
                    recordedOn = on;
                }
                case "SignOffRecorded" -> signOffs.add(new SignOffView(text(p, "role"), text(p, "name"), on, id));
                case "DecisionMade" -> {
                    outcome = text(p, "outcome");
                    decidedBy = text(p, "decidedBy");
                    reasons = text(p, "reasons");
                    decidedOn = on;
                }
                case "PublicationDecided" -> {
                    publicationStatus = p.path("forPublication").asBoolean(false) ? "FOR_PUBLICATION" : "NOT_FOR_PUBLICATION";
                    publicationReason = text(p, "reason");
                }
                case "RedactionRequired" -> redactions.put(text(p, "redactionId"), new RedactionView(text(p, "redactionId"),
                        text(p, "part"), text(p, "passage"), text(p, "exemption"), "REQUIRED", null, null, id));
                case "RedactionCompleted" -> redactions.computeIfPresent(text(p, "redactionId"), (k, r) -> new RedactionView(
                        k, r.part(), r.passage(), r.exemption(), "COMPLETED", text(p, "signedOffBy"),
                        text(p, "signedOffRole"), id));
                case "PartTwoAttached" -> partTwo.put(text(p, "partTwoId"), new PartTwoView(text(p, "partTwoId"),
                        text(p, "ground"), text(p, "content"), id));
                default -> {
                    publicationStatus = "PUBLISHED";
                    publishedOn = on;
                    url = text(p, "url");
                }
            }
        }

        DecisionView view() {
            boolean significant = flagged || (expenditure != null && expenditure.pounds().compareTo(significantExpenditure) > 0);
            return new DecisionView(reference, title, decisionMaker, reportAuthor, reportDate, recommendations,
                    expenditure, flagged, significanceReason, significant, optionIds, agreementIds, fundingIds, recordedOn,
                    List.copyOf(signOffs), outcome, decidedBy, reasons, decidedOn, publicationStatus, publicationReason,
                    publishedOn, url, List.copyOf(redactions.values()), List.copyOf(partTwo.values()), eventId);
        }
    }
}
