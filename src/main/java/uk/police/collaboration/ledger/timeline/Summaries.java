package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.AsOf;
import uk.police.collaboration.ledger.programme.Redactor;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static uk.police.collaboration.ledger.timeline.Words.t;
import static uk.police.collaboration.ledger.timeline.Words.words;

/**
 * One plain-English sentence per event, for the timeline. Names (parties, options, agreements…)
 * are looked up among the programme's events as they stood on the event's own date in the world
 * (the title a case had then, not the one it was given later), and running totals are counted in
 * world order. A summary never carries a redacted passage or Part
 * Two content unless the reader's clearance allows: the passages and contents the programme has
 * ever recorded (original and corrected) are replaced wherever they occur.
 * The sentences themselves are written by one class per area of the ledger ({@link Sentences}).
 */
public final class Summaries {

    private final Clearance clearance;
    private final NamesInTime names = new NamesInTime();
    private final RunningAllocations allocations = new RunningAllocations();
    private final List<Sentences> areas;
    private final List<String[]> passages = new ArrayList<>();   // {passage, exemption}
    private final List<String[]> partTwo = new ArrayList<>();    // {content, ground}

    /** @param programmeEvents every event of the programme (corrections included), for names and withheld text */
    public Summaries(List<RecordedEvent> programmeEvents, Clearance clearance) {
        this.clearance = clearance;
        this.areas = List.of(new CollaborationSentences(), new AppraisalSentences(), new BusinessCaseSentences(),
                new AgreementSentences(), new FundingSentences(allocations), new DecisionSentences(clearance),
                new RiskSentences(), new MilestoneSentences(), new CorrectionSentences());
        for (RecordedEvent e : AsOf.known(programmeEvents, null, new HashMap<>())) {
            learn(e);
            allocations.count(e);
        }
        // Withheld text as first recorded too, so that a corrected passage is hidden in both its forms.
        for (RecordedEvent e : programmeEvents) {
            collectWithheld(e.eventType(), e.payload());
            if (AsOf.CORRECTION.equals(e.eventType()) && e.payload().get("correctedFacts") instanceof ObjectNode facts) {
                ObjectNode merged = facts.deepCopy();
                collectWithheld(e.text("eventType"), merged);
            }
        }
        passages.sort(Comparator.comparingInt((String[] p) -> p[0].length()).reversed());
    }

    /** The names an event gives, kept with the event so that a later sentence finds the name of its own date. */
    private void learn(RecordedEvent e) {
        JsonNode p = e.payload();
        switch (e.eventType()) {
            case "CollaborationRegistered" -> p.path("parties").forEach(party -> names.give("party:" + t(party, "partyId"), e, t(party, "name")));
            case "PartyJoined" -> names.give("party:" + t(p.path("party"), "partyId"), e, t(p.path("party"), "name"));
            case "WorkstreamAdded" -> names.give("workstream:" + t(p, "workstreamId"), e, t(p, "title"));
            case "OptionProposed" -> names.give("option:" + t(p, "appraisalId") + "/" + t(p, "optionId"), e, t(p, "title"));
            case "AppraisalOpened" -> names.give("appraisal:" + t(p, "appraisalId"), e, t(p, "title"));
            case "BusinessCaseDrafted" -> names.give("case:" + t(p, "businessCaseId"), e, t(p, "title"));
            case "BusinessCaseAdvanced" -> {
                if (t(p, "title") != null) {
                    names.give("case:" + t(p, "businessCaseId"), e, t(p, "title"));
                }
            }
            case "AgreementDrafted" -> {
                names.give("agreement:" + t(p, "agreementId"), e, t(p, "title"));
                p.path("parties").forEach(party -> names.giveIfAbsent("party:" + t(party, "partyId"), e, t(party, "name")));
            }
            case "FundingRequested" -> names.give("funding:" + t(p, "fundingRequestId"), e, t(p, "purpose"));
            case "RiskRaised" -> names.give("risk:" + t(p, "riskId"), e, t(p, "label") != null
                    ? "(" + t(p, "label") + ") " + t(p, "description") : t(p, "description"));
            case "MilestoneSet" -> names.give("milestone:" + t(p, "milestoneId"), e, t(p, "title"));
            case "RedactionRequired" -> names.give("redaction:" + t(p, "reference") + "/" + t(p, "redactionId"), e, t(p, "part"));
            case "PriceRangeStated" -> names.give("price:" + t(p, "priceRangeId"), e, t(p, "item"));
            case "PartyAcceded" -> names.giveIfAbsent("party:" + t(p.path("party"), "partyId"), e, t(p.path("party"), "name"));
            default -> {
            }
        }
    }

    private void collectWithheld(String type, JsonNode p) {
        if ("RedactionRequired".equals(type) && t(p, "passage") != null && !t(p, "passage").isBlank()) {
            passages.add(new String[]{t(p, "passage"), t(p, "exemption") != null ? t(p, "exemption") : "exemption"});
        }
        if ("PartTwoAttached".equals(type) && t(p, "content") != null && !t(p, "content").isBlank()) {
            partTwo.add(new String[]{t(p, "content"), t(p, "ground") != null ? t(p, "ground") : "exempt"});
        }
    }

    /** The sentence for this event, as this reader may read it. */
    public String summary(RecordedEvent event) {
        // Names as they stood on this event's date (the earliest known, before any was given); the id if never named.
        Names onItsDate = (kind, id) -> {
            String name = names.on(kind + ":" + id, event);
            return name != null ? name : id;
        };
        for (Sentences area : areas) {
            String sentence = area.sentence(event, onItsDate);
            if (sentence != null) {
                return withhold(sentence);
            }
        }
        return withhold(words(event.eventType()));   // an event no area knows yet still appears, by its name
    }

    /** The corrected facts of a correction as this reader may read them (withheld fields say so). */
    public JsonNode visibleFacts(RecordedEvent correction) {
        ObjectNode facts = correction.payload().get("correctedFacts") instanceof ObjectNode o ? o.deepCopy()
                : LedgerJson.mapper().createObjectNode();
        String target = correction.text("eventType");
        if ("PartTwoAttached".equals(target) && facts.has("content") && !clearance.seesPartTwo()) {
            facts.put("content", "[Part Two content withheld]");
        }
        if ("RedactionRequired".equals(target) && facts.has("passage") && !clearance.seesRedactedPassages()) {
            facts.put("passage", "[Redacted passage withheld]");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = facts.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isTextual()) {
                field.setValue(LedgerJson.mapper().getNodeFactory().textNode(withhold(field.getValue().asText())));
            }
        }
        return facts;
    }

    /** One value of a corrected fact as this reader may read it: withheld Part Two content and passages say so. */
    String visibleValue(String eventType, String field, String value) {
        if (value == null) {
            return null;
        }
        if ("PartTwoAttached".equals(eventType) && "content".equals(field) && !clearance.seesPartTwo()) {
            return "[Part Two content withheld]";
        }
        if ("RedactionRequired".equals(eventType) && "passage".equals(field) && !clearance.seesRedactedPassages()) {
            return "[Redacted passage withheld]";
        }
        return withhold(value);
    }

    String withhold(String text) {
        String result = text;
        if (!clearance.seesPartTwo()) {
            for (String[] part : partTwo) {
                result = result.replace(part[0], Redactor.partTwoMarker(part[1]));
            }
        }
        if (!clearance.seesRedactedPassages()) {
            for (String[] passage : passages) {
                result = result.replace(passage[0], Redactor.marker(passage[1]));
            }
        }
        return result;
    }
}
