package uk.police.collaboration.ledger.timeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.AsOf;
import uk.police.collaboration.ledger.programme.Redactor;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One plain-English sentence per event, for the timeline. Names (parties, options, agreements…)
 * are looked up among the programme's events as they stood on the event's own date in the world
 * (the title a case had then, not the one it was given later), and running totals are counted in
 * world order. A summary never carries a redacted passage or Part
 * Two content unless the reader's clearance allows: the passages and contents the programme has
 * ever recorded (original and corrected) are replaced wherever they occur.
 */
public final class Summaries {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Pattern NUMBERED = Pattern.compile("(?i)option[-_ ]?(\\d+[a-z]?)");

    private final Clearance clearance;
    private final NamesInTime names = new NamesInTime();
    /** Each allocation's total allocated against its request by then, counted in world order. */
    private final Map<String, Money> allocatedByThen = new HashMap<>();
    /** The event being put into words, whose date names are looked up at. */
    private RecordedEvent at;
    private final List<String[]> passages = new ArrayList<>();   // {passage, exemption}
    private final List<String[]> partTwo = new ArrayList<>();    // {content, ground}

    /** @param programmeEvents every event of the programme (corrections included), for names and withheld text */
    public Summaries(List<RecordedEvent> programmeEvents, Clearance clearance) {
        this.clearance = clearance;
        Map<String, Money> allocated = new HashMap<>();
        for (RecordedEvent e : AsOf.known(programmeEvents, null, new HashMap<>())) {
            at = e;
            learn(e.eventType(), e.payload());
            if ("FundingAllocated".equals(e.eventType()) && t(e.payload(), "amount") != null) {
                Money total = allocated.merge(t(e.payload(), "fundingRequestId"), Money.of(t(e.payload(), "amount")), Money::plus);
                allocatedByThen.put(e.eventId(), total);
            }
        }
        at = null;
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

    private void learn(String type, JsonNode p) {
        switch (type) {
            case "CollaborationRegistered" -> p.path("parties").forEach(party -> give("party:" + t(party, "partyId"), t(party, "name")));
            case "PartyJoined" -> give("party:" + t(p.path("party"), "partyId"), t(p.path("party"), "name"));
            case "WorkstreamAdded" -> give("workstream:" + t(p, "workstreamId"), t(p, "title"));
            case "OptionProposed" -> give("option:" + t(p, "appraisalId") + "/" + t(p, "optionId"), t(p, "title"));
            case "AppraisalOpened" -> give("appraisal:" + t(p, "appraisalId"), t(p, "title"));
            case "BusinessCaseDrafted" -> give("case:" + t(p, "businessCaseId"), t(p, "title"));
            case "BusinessCaseAdvanced" -> {
                if (t(p, "title") != null) {
                    give("case:" + t(p, "businessCaseId"), t(p, "title"));
                }
            }
            case "AgreementDrafted" -> {
                give("agreement:" + t(p, "agreementId"), t(p, "title"));
                p.path("parties").forEach(party -> giveIfAbsent("party:" + t(party, "partyId"), t(party, "name")));
            }
            case "FundingRequested" -> give("funding:" + t(p, "fundingRequestId"), t(p, "purpose"));
            case "RiskRaised" -> give("risk:" + t(p, "riskId"), t(p, "label") != null
                    ? "(" + t(p, "label") + ") " + t(p, "description") : t(p, "description"));
            case "MilestoneSet" -> give("milestone:" + t(p, "milestoneId"), t(p, "title"));
            case "RedactionRequired" -> give("redaction:" + t(p, "reference") + "/" + t(p, "redactionId"), t(p, "part"));
            case "PriceRangeStated" -> give("price:" + t(p, "priceRangeId"), t(p, "item"));
            case "PartyAcceded" -> giveIfAbsent("party:" + t(p.path("party"), "partyId"), t(p.path("party"), "name"));
            default -> {
            }
        }
    }

    private void give(String key, String name) {
        names.give(key, at, name);
    }

    private void giveIfAbsent(String key, String name) {
        names.giveIfAbsent(key, at, name);
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
        at = event;
        try {
            return withhold(sentence(event.eventType(), event.payload()));
        } finally {
            at = null;
        }
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

    private String sentence(String type, JsonNode p) {
        return switch (type) {
            case "CollaborationRegistered" -> {
                StringJoiner parties = new StringJoiner(", ");
                p.path("parties").forEach(party -> parties.add(t(party, "name")));
                yield "Collaboration " + q(t(p, "title")) + " registered with " + p.path("parties").size()
                        + (p.path("parties").size() == 1 ? " party: " : " parties: ") + parties
                        + opt("; lead officer ", t(p, "leadOfficer"));
            }
            case "PartyJoined" -> t(p.path("party"), "name") + " joined the collaboration";
            case "PartyWithdrew" -> party(t(p, "partyId")) + " withdrew from the collaboration" + opt(": ", t(p, "reason"));
            case "WorkstreamAdded" -> "Workstream " + q(t(p, "title")) + " added"
                    + (t(p, "parentWorkstreamId") != null ? " under " + q(name("workstream", t(p, "parentWorkstreamId"))) : "")
                    + opt(", led by ", t(p, "lead"));
            case "GovernanceChanged" -> "Governance changed: " + t(p, "arrangement")
                    + opt("; stood down: ", t(p, "standsDown")) + opt(" (", t(p, "reason"), ")");
            case "ProgressRecorded" -> "Progress" + opt(" reported to ", t(p, "body"))
                    + (t(p, "workstreamId") != null ? " on " + q(name("workstream", t(p, "workstreamId"))) : "")
                    + ": " + t(p, "summary");
            case "CostSharingProposed", "CostSharingAgreed" -> "Cost-sharing model " + q(t(p, "name"))
                    + (type.equals("CostSharingAgreed") ? " agreed" : " proposed") + " (" + words(t(p, "basis")) + "): "
                    + shares(p) + opt(", under ", t(p, "decisionReference"));
            case "CollaborationClosed" -> "Collaboration closed (" + words(t(p, "outcome")) + ")" + opt(": ", t(p, "reason"));
            case "AppraisalOpened" -> "Options appraisal " + q(t(p, "title")) + " opened";
            case "OptionProposed" -> option(p) + " proposed" + (p.path("doNothing").asBoolean(false) ? " as the 'Do Nothing' baseline" : "")
                    + timescale(p.get("timescale"));
            case "OptionWithdrawn" -> option(p) + " withdrawn" + opt(": ", t(p, "reason"));
            case "OptionApproved" -> t(p, "approvedBy") + " approved " + option(p)
                    + (t(p, "meeting") != null || t(p, "decisionReference") != null
                    ? " (" + join(t(p, "meeting"), t(p, "decisionReference") == null ? null : "decision " + t(p, "decisionReference")) + ")" : "");
            case "OptionNotSelected" -> option(p) + " not selected";
            case "OptionRejected" -> t(p, "rejectedBy") + " rejected " + option(p) + opt(": ", t(p, "reason"));
            case "BusinessCaseDrafted" -> stage(t(p, "stage")) + " " + q(t(p, "title")) + " drafted" + opt(" (tranche ", t(p, "tranche"), ")");
            case "BusinessCaseEndorsed" -> stage(t(p, "stage")) + " " + q(caseName(p)) + " endorsed by " + t(p, "endorsedBy");
            case "BusinessCaseCirculated" -> "Business case " + q(caseName(p)) + opt(" (tranche ", t(p, "tranche"), ")")
                    + " circulated to " + t(p, "circulatedTo") + opt(": ", t(p, "purpose"));
            case "BusinessCasePresented" -> "Business case " + q(caseName(p)) + " presented to " + t(p, "presentedTo")
                    + opt(" (", t(p, "meeting"), ")");
            case "BusinessCaseApproved" -> stage(t(p, "stage")) + " " + q(caseName(p)) + " approved by " + t(p, "approvedBy")
                    + opt(", under ", t(p, "decisionReference"));
            case "BusinessCaseRejected" -> "Business case " + q(caseName(p)) + " rejected by " + t(p, "rejectedBy") + opt(": ", t(p, "reason"));
            case "BusinessCaseAdvanced" -> "Business case " + q(caseName(p)) + " advanced from " + stage(t(p, "fromStage"))
                    + " to " + stage(t(p, "toStage"));
            case "AssuranceRecorded" -> t(p, "assurer") + " assured business case " + q(caseName(p)) + ": "
                    + words(t(p, "conclusion")) + ", " + p.path("recommendations").asInt(0) + " recommendation"
                    + (p.path("recommendations").asInt(0) == 1 ? "" : "s") + opt(" — ", t(p, "summary"));
            case "AgreementDrafted" -> {
                StringJoiner parties = new StringJoiner(", ");
                p.path("parties").forEach(party -> parties.add(t(party, "name")));
                yield kind(t(p, "kind")) + " " + q(t(p, "title")) + " drafted between " + parties
                        + (t(p, "signBy") != null ? "; to be signed by " + date(t(p, "signBy")) : "");
            }
            case "AgreementSigned" -> agreement(p) + " signed for " + party(t(p, "partyId")) + opt(" by ", t(p, "signatory"));
            case "AgreementInForce" -> agreement(p) + " in force: every party required to sign has signed";
            case "AgreementAmended" -> agreement(p) + " amended: " + t(p, "what") + opt(" (", t(p, "why"), ")")
                    + opt(", under ", t(p, "decisionReference"));
            case "TerminationConsented" -> party(t(p, "partyId")) + " consented to terminating " + agreement(p)
                    + opt(" (", t(p, "consentedBy"), ")");
            case "AgreementTerminated" -> agreement(p) + " terminated" + opt(": ", t(p, "reason")) + opt(", under ", t(p, "decisionReference"));
            case "FundingRequested" -> "Funding of " + pounds(t(p, "amount")) + " requested for " + t(p, "financialYear")
                    + ": " + t(p, "purpose") + opt(" (", t(p, "fundingSource"), ")");
            case "FundingAllocated" -> pounds(t(p, "amount")) + " allocated for " + t(p, "financialYear") + " to "
                    + q(name("funding", t(p, "fundingRequestId"))) + opt(", under ", t(p, "decisionReference"))
                    + opt(" (", allocatedInAll(p) == null ? null : pounds(allocatedInAll(p)) + " allocated in all", ")");
            case "DecisionRecorded" -> "Decision " + t(p, "reference") + " recorded: " + q(t(p, "title"))
                    + opt(", for ", t(p, "decisionMaker"))
                    + (t(p, "expenditure") != null ? "; expenditure " + pounds(t(p, "expenditure")) : "");
            case "SignOffRecorded" -> "Decision " + t(p, "reference") + " signed off by " + t(p, "name") + " (" + words(t(p, "role")) + ")";
            case "DecisionMade" -> "Decision " + t(p, "reference") + " " + words(t(p, "outcome")) + " by " + t(p, "decidedBy")
                    + opt(": ", t(p, "reasons"));
            case "PublicationDecided" -> "Decision " + t(p, "reference")
                    + (p.path("forPublication").asBoolean(false) ? " to be published" : " not to be published" + opt(": ", t(p, "reason")));
            case "RedactionRequired" -> "Redaction required in decision " + t(p, "reference") + " (" + t(p, "part") + ") under "
                    + t(p, "exemption") + (clearance.seesRedactedPassages() ? opt(": ", q(t(p, "passage"))) : "");
            case "RedactionCompleted" -> "Redaction in decision " + t(p, "reference") + " ("
                    + name("redaction", t(p, "reference") + "/" + t(p, "redactionId")) + ") signed off by " + t(p, "signedOffBy")
                    + opt(" (", words(t(p, "signedOffRole")), ")");
            case "PartTwoAttached" -> "Part Two (exempt) material attached to decision " + t(p, "reference") + " on the ground of "
                    + words(t(p, "ground")) + (clearance.seesPartTwo() ? opt(": ", q(t(p, "content"))) : "");
            case "DecisionPublished" -> "Decision " + t(p, "reference") + " published" + opt(" at ", t(p, "url"));
            case "RiskRaised" -> "Risk " + opt("(", t(p, "label"), ") ") + "raised: " + t(p, "description")
                    + (t(p, "likelihood") != null || t(p, "impact") != null
                    ? " (" + join(t(p, "likelihood") == null ? null : "likelihood " + t(p, "likelihood").toLowerCase(Locale.UK),
                    t(p, "impact") == null ? null : "impact " + t(p, "impact").toLowerCase(Locale.UK)) + ")" : "")
                    + opt("; owner ", t(p, "owner"));
            case "RiskMitigated" -> "Risk " + q(name("risk", t(p, "riskId"))) + " mitigated: " + t(p, "mitigation");
            case "RiskClosed" -> "Risk " + q(name("risk", t(p, "riskId"))) + " closed" + opt(": ", t(p, "reason"));
            case "MilestoneSet" -> "Milestone " + q(t(p, "title")) + " set for " + date(t(p, "plannedOn"));
            case "MilestoneRevised" -> "Milestone " + q(name("milestone", t(p, "milestoneId"))) + " moved from "
                    + date(t(p, "previousPlannedOn")) + " to " + date(t(p, "plannedOn")) + opt(": ", t(p, "reason"));
            case "MilestoneAchieved" -> "Milestone " + q(name("milestone", t(p, "milestoneId"))) + " achieved" + opt(": ", t(p, "note"));
            case "PriceRangeStated" -> "Price of " + q(t(p, "item")) + " stated as a range, " + pounds(t(p, "low")) + " to "
                    + pounds(t(p, "high")) + opt(" ", t(p, "period")) + ", not yet confirmed"
                    + (t(p, "confirmationExpectedOn") != null ? "; confirmation expected " + date(t(p, "confirmationExpectedOn")) : "");
            case "PriceConfirmed" -> "Price of " + q(name("price", t(p, "priceRangeId"))) + " confirmed at "
                    + pounds(t(p, "confirmedAmount")) + opt(" by ", t(p, "confirmedBy"))
                    + (p.path("withinRange").asBoolean(true) ? "" : " (outside the range stated)");
            case "SavingsRecorded" -> {
                Money total = Money.ZERO;
                for (JsonNode line : p.path("lines")) {
                    Money amount = t(line, "amount") == null ? Money.ZERO : Money.of(t(line, "amount"));
                    total = line.path("costIncrease").asBoolean(false) ? total.minus(amount) : total.plus(amount);
                }
                yield "Savings " + q(t(p, "title")) + " recorded: " + p.path("lines").size() + " line"
                        + (p.path("lines").size() == 1 ? "" : "s") + ", " + pounds(total.toString()) + " in all"
                        + (t(p, "statedTotal") != null && Money.of(t(p, "statedTotal")).compareTo(total) != 0
                        ? " (the paper states " + pounds(t(p, "statedTotal")) + ")" : "") + opt("; basis: ", t(p, "basis"));
            }
            case "FundingTotalsStated" -> "Totals stated for " + q(name("funding", t(p, "fundingRequestId"))) + ": "
                    + totals(p);
            case "DirectContributionRecorded" -> party(t(p, "partyId")) + " contributed " + pounds(t(p, "amount")) + " for "
                    + t(p, "financialYear") + " outside the cost-sharing model: " + t(p, "purpose")
                    + opt(" (", t(p, "fundingSource"), ")") + opt(", under ", t(p, "decisionReference"));
            case "IncomeRecorded" -> "Income of " + pounds(t(p, "amount")) + " for " + t(p, "financialYear") + " received from "
                    + t(p, "receivedFrom") + ": " + t(p, "description");
            case "OptionDiscarded" -> "Option " + q(t(p, "title")) + " considered and discarded at the "
                    + words(t(p, "stage")) + opt(": ", t(p, "reason"));
            case "OptionsConsideredStated" -> (p.path("count").isNumber() ? p.get("count").asInt() + " options" : "Options")
                    + " considered at the " + words(t(p, "stage")) + " of " + q(name("appraisal", t(p, "appraisalId")))
                    + opt(": ", t(p, "description"));
            case "RiskReRated" -> "Risk " + q(name("risk", t(p, "riskId"))) + " re-rated: "
                    + join(join(t(p, "likelihood") == null ? null : "likelihood " + t(p, "likelihood").toLowerCase(Locale.UK),
                    t(p, "impact") == null ? null : "impact " + t(p, "impact").toLowerCase(Locale.UK)),
                    t(p, "owner") == null ? null : "owner " + t(p, "owner")) + opt(" (", t(p, "reason"), ")");
            case "TrancheApproved" -> stage(t(p, "stage")) + " " + q(caseName(p)) + " tranche " + t(p, "tranche")
                    + " approved by " + t(p, "approvedBy") + opt(", under ", t(p, "decisionReference"))
                    + "; the stage as a whole is not yet decided";
            case "PartyChangeConsented" -> party(t(p, "partyId")) + " consented to " + party(t(p, "subjectPartyId"))
                    + ("REMOVAL".equals(t(p, "change")) ? " being removed from " : " acceding to ") + agreement(p)
                    + opt(" (", t(p, "consentedBy"), ")");
            case "PartyAcceded" -> t(p.path("party"), "name") + " acceded to " + agreement(p) + opt(" by ", t(p, "deed"))
                    + opt(", signed by ", t(p, "signatory"));
            case "PartyRemovedFromAgreement" -> party(t(p, "partyId")) + " removed from " + agreement(p) + opt(": ", t(p, "reason"));
            case "RecordCorrected" -> {
                StringJoiner fields = new StringJoiner(", ");
                p.path("correctedFacts").fieldNames().forEachRemaining(fields::add);
                if (t(p, "correctedEffectiveOn") != null) {
                    fields.add("the date it happened (now " + date(t(p, "correctedEffectiveOn")) + ")");
                }
                if (p.path("correctedSource").isObject()) {
                    fields.add("its source (now " + t(p.path("correctedSource"), "reference") + ")");
                }
                yield "Correction of an earlier " + words(t(p, "eventType")) + " event (" + t(p, "eventId") + "): "
                        + t(p, "whatWasWrong") + "; corrected " + fields;
            }
            default -> words(type);
        };
    }

    // ---------------------------------------------------------------- small words

    private String option(JsonNode p) {
        String id = t(p, "optionId");
        String title = name("option", t(p, "appraisalId") + "/" + id);
        Matcher numbered = NUMBERED.matcher(id == null ? "" : id);
        if (!numbered.matches()) {
            return "option " + q(title);
        }
        String label = "Option " + numbered.group(1);
        if (title == null || title.equals(id)) {
            return label;
        }
        // A title that already says "Option 2 – …" is not prefixed a second time.
        return title.regionMatches(true, 0, label, 0, label.length()) ? title : label + " — " + title;
    }

    private String caseName(JsonNode p) {
        return name("case", t(p, "businessCaseId"));
    }

    private String agreement(JsonNode p) {
        return q(name("agreement", t(p, "agreementId")));
    }

    private String party(String partyId) {
        return name("party", partyId);
    }

    /** The name as it stood on the date of the event being put into words (the earliest known, before any was given). */
    private String name(String kind, String id) {
        String name = names.on(kind + ":" + id, at);
        return name != null ? name : id;
    }

    /** The total allocated against the request by the date of this allocation, in world order. */
    private String allocatedInAll(JsonNode p) {
        Money total = at == null ? null : allocatedByThen.get(at.eventId());
        return total != null ? total.toString() : t(p, "totalAllocated");
    }

    private String shares(JsonNode p) {
        StringJoiner shares = new StringJoiner(", ");
        p.path("shares").forEach(s -> shares.add(party(t(s, "partyId")) + " " + t(s, "share") + "%"));
        return shares.toString();
    }

    /** "current £20,950,000.00 (lines add to £20,949,000.00, £1,000.00 more)"; one part per total the paper printed. */
    private static String totals(JsonNode p) {
        StringJoiner parts = new StringJoiner("; ");
        for (String[] total : new String[][]{{"current", "currentTotal", "computedCurrent"},
                {"revised", "revisedTotal", "computedRevised"}, {"variance", "varianceTotal", "computedVariance"}}) {
            String stated = t(p, total[1]);
            String computed = t(p, total[2]);
            if (stated == null) {
                continue;
            }
            Money difference = computed == null ? Money.ZERO : Money.of(stated).minus(Money.of(computed));
            parts.add(total[0] + " " + pounds(stated) + (difference.compareTo(Money.ZERO) == 0 ? " (equals its lines)"
                    : " (lines add to " + pounds(computed) + ", a difference of " + pounds(difference.toString()) + ")"));
        }
        return parts.toString();
    }

    private static String timescale(JsonNode t) {
        if (t == null || t.isNull()) {
            return "";
        }
        String min = t.hasNonNull("minMonths") ? t.get("minMonths").asText() : null;
        String max = t.hasNonNull("maxMonths") ? t.get("maxMonths").asText() : null;
        String span = min != null && max != null ? min + "–" + max + " months" : min != null ? "at least " + min + " months"
                : max != null ? "up to " + max + " months" : null;
        String from = t.hasNonNull("from") ? date(t.get("from").asText()) : null;
        if (span == null && from == null) {
            return "";
        }
        return ", timescale " + (span != null ? span : "") + (from != null ? (span != null ? " from " : "from ") + from : "");
    }

    static String stage(String stage) {
        if (stage == null) {
            return "Business case";
        }
        return switch (stage) {
            case "SOC" -> "Strategic outline case";
            case "OBC" -> "Outline business case";
            case "FBC" -> "Full business case";
            default -> stage;
        };
    }

    static String kind(String kind) {
        if (kind == null) {
            return "Agreement";
        }
        return switch (kind) {
            case "SECTION_22A" -> "Section 22A agreement";
            case "STATEMENT_OF_INTENT" -> "Statement of intent (not legally binding)";
            case "CONTRACT" -> "Contract";
            case "MEMORANDUM" -> "Memorandum";
            default -> words(kind);
        };
    }

    /** "NOT_PROGRESSED" → "not progressed", "PartyWithdrew" → "party withdrew", "PCC" stays "PCC". */
    static String words(String code) {
        if (code == null) {
            return "";
        }
        if (code.equals("PCC") || code.equals("DEPUTY_PCC")) {
            return code.equals("PCC") ? "PCC" : "Deputy PCC";
        }
        String spaced = code.contains("_") || code.equals(code.toUpperCase(Locale.UK)) ? code.replace('_', ' ')
                : code.replaceAll("([a-z])([A-Z])", "$1 $2");
        return spaced.toLowerCase(Locale.UK);
    }

    static String pounds(String amount) {
        try {
            return "£" + String.format(Locale.UK, "%,.2f", Money.of(amount).pounds());
        } catch (RuntimeException e) {
            return amount;
        }
    }

    static String date(String isoDate) {
        try {
            return LocalDate.parse(isoDate).format(UK_DATE);
        } catch (RuntimeException e) {
            return isoDate;
        }
    }

    private static String q(String text) {
        return text == null ? "(untitled)" : "“" + text + "”";
    }

    private static String opt(String prefix, String value) {
        return value == null || value.isBlank() ? "" : prefix + value;
    }

    private static String opt(String prefix, String value, String suffix) {
        return value == null || value.isBlank() ? "" : prefix + value + suffix;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + "; " + b;
    }

    private static String t(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
