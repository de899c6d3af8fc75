package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.ProgrammeView.*;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.shared.Percent;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Folds a programme's events (already selected and ordered by {@link AsOf}) into its
 * {@link ProgrammeView}. Pure: no clock, no database; the threshold for significant public
 * interest is given (setting {@code ledger.decisions.significant-expenditure}).
 */
public final class ProgrammeFold {

    private final BigDecimal significantExpenditure;

    public ProgrammeFold(BigDecimal significantExpenditure) {
        this.significantExpenditure = Objects.requireNonNull(significantExpenditure);
    }

    public static ProgrammeFold withDefaultThreshold() {
        return new ProgrammeFold(new BigDecimal("50000.00"));
    }

    /** The whole history, as known now, overdue judged at {@code today}. */
    public Optional<ProgrammeView> current(List<RecordedEvent> events, LocalDate today) {
        return fold(AsOf.select(events, null, null), null, null, today);
    }

    /** The programme as of {@code asOf} (null: no limit) as known at {@code knownAt} (null: now). */
    public Optional<ProgrammeView> asOf(List<RecordedEvent> events, LocalDate asOf, Instant knownAt, LocalDate today) {
        return fold(AsOf.select(events, asOf, knownAt), asOf, knownAt, asOf != null ? asOf : today);
    }

    /** Empty when the selection holds no registration of the programme (unknown, or not yet registered then). */
    public Optional<ProgrammeView> fold(AsOf.Selection selection, LocalDate asOf, Instant knownAt, LocalDate overdueAt) {
        State state = new State();
        for (RecordedEvent event : selection.events()) {
            state.apply(event);
        }
        if (state.collaborationId == null) {
            return Optional.empty();
        }
        List<CorrectionView> corrections = new ArrayList<>();
        RecordedEvent last = selection.events().isEmpty() ? null : selection.events().get(selection.events().size() - 1);
        for (RecordedEvent corrected : selection.events()) {
            for (RecordedEvent c : selection.corrections().getOrDefault(corrected.eventId(), List.of())) {
                corrections.add(new CorrectionView(c.text("correctionId"), corrected.eventId(), corrected.eventType(),
                        c.text("whatWasWrong"), c.recordedAt(), c.eventId()));
                if (last == null || AsOf.WORLD_ORDER.compare(c, last) > 0) {
                    last = c;
                }
            }
        }
        corrections.sort(Comparator.comparing(CorrectionView::recordedAt));
        return Optional.of(state.view(corrections, last, asOf, knownAt, overdueAt));
    }

    // ---------------------------------------------------------------- mutable state of one fold

    private final class State {
        String collaborationId, title, scope, leadPartyId, leadOfficer, eventId;
        LocalDate registeredOn;
        StatusView status;
        final List<GovernanceChangeView> governance = new ArrayList<>();
        final Map<String, PartyView> parties = new LinkedHashMap<>();
        final Map<String, WorkstreamView> workstreams = new LinkedHashMap<>();
        final Map<String, Appraisal> appraisals = new LinkedHashMap<>();
        final Map<String, BusinessCase> businessCases = new LinkedHashMap<>();
        final Map<String, Agreement> agreements = new LinkedHashMap<>();
        final Map<String, CostSharingView> models = new LinkedHashMap<>();
        String modelInUse;
        final Map<String, Funding> funding = new LinkedHashMap<>();
        final Map<String, Risk> risks = new LinkedHashMap<>();
        final Map<String, Milestone> milestones = new LinkedHashMap<>();
        final Map<String, Decision> decisions = new LinkedHashMap<>();
        final List<ProgressView> progress = new ArrayList<>();

        void apply(RecordedEvent e) {
            JsonNode p = e.payload();
            LocalDate on = e.effectiveOn();
            String id = e.eventId();
            switch (e.eventType()) {
                case "CollaborationRegistered" -> {
                    collaborationId = text(p, "collaborationId");
                    title = text(p, "title");
                    scope = text(p, "scope");
                    leadPartyId = text(p, "leadPartyId");
                    leadOfficer = text(p, "leadOfficer");
                    registeredOn = on;
                    status = new StatusView("ACTIVE", null, null, null, id);
                    for (JsonNode party : p.path("parties")) {
                        joined(party, on, id);
                    }
                    eventId = id;
                }
                case "PartyJoined" -> joined(p.path("party"), on, id);
                case "PartyWithdrew" -> parties.computeIfPresent(text(p, "partyId"), (k, old) -> new PartyView(
                        old.partyId(), old.name(), old.kind(), old.corporationSole(), false, old.joinedOn(), on,
                        text(p, "reason"), id));
                case "WorkstreamAdded" -> workstreams.put(text(p, "workstreamId"), new WorkstreamView(
                        text(p, "workstreamId"), text(p, "title"), text(p, "lead"), text(p, "parentWorkstreamId"), on,
                        List.of(), id));
                case "GovernanceChanged" -> governance.add(new GovernanceChangeView(on, text(p, "arrangement"),
                        text(p, "reason"), text(p, "standsDown"), id));
                case "ProgressRecorded" -> progress.add(new ProgressView(on, text(p, "workstreamId"), text(p, "body"),
                        text(p, "summary"), id));
                case "CostSharingProposed" -> models.put(text(p, "modelId"), new CostSharingView(text(p, "modelId"),
                        text(p, "name"), text(p, "basis"), "PROPOSED", shares(p), on, null, null, false, false,
                        List.of(), id));
                case "CostSharingAgreed" -> {
                    CostSharingView proposed = models.get(text(p, "modelId"));
                    models.put(text(p, "modelId"), new CostSharingView(text(p, "modelId"), text(p, "name"),
                            text(p, "basis"), "AGREED", shares(p), proposed == null ? null : proposed.proposedOn(), on,
                            text(p, "decisionReference"), false, false, List.of(), id));
                    modelInUse = text(p, "modelId");
                }
                case "CollaborationClosed" -> status = new StatusView("CLOSED", text(p, "outcome"), text(p, "reason"),
                        on, id);
                case "AppraisalOpened" -> appraisals.put(text(p, "appraisalId"), new Appraisal(text(p, "appraisalId"),
                        text(p, "title"), text(p, "workstreamId"), on, id));
                case "OptionProposed", "OptionWithdrawn", "OptionApproved", "OptionNotSelected", "OptionRejected" ->
                        appraisal(p, on, id).option(e.eventType(), p, on, id);
                case "BusinessCaseDrafted", "BusinessCaseEndorsed", "BusinessCaseCirculated", "BusinessCasePresented",
                     "BusinessCaseApproved", "BusinessCaseRejected", "BusinessCaseAdvanced", "AssuranceRecorded" ->
                        businessCase(p, on, id).apply(e.eventType(), p, on, id);
                case "AgreementDrafted", "AgreementSigned", "AgreementInForce", "AgreementAmended",
                     "TerminationConsented", "AgreementTerminated" -> agreement(p, id).apply(e.eventType(), p, on, id);
                case "FundingRequested", "FundingAllocated" -> funding(p, id).apply(e.eventType(), p, on, id);
                case "RiskRaised", "RiskMitigated", "RiskClosed" -> risk(p, id).apply(e.eventType(), p, on, id);
                case "MilestoneSet", "MilestoneRevised", "MilestoneAchieved" ->
                        milestone(p, id).apply(e.eventType(), p, on, id);
                case "DecisionRecorded", "SignOffRecorded", "DecisionMade", "PublicationDecided", "RedactionRequired",
                     "RedactionCompleted", "PartTwoAttached", "DecisionPublished" ->
                        decision(p, id).apply(e.eventType(), p, on, id);
                default -> {
                    // An event type this view does not show (none today): the timeline still lists it.
                }
            }
        }

        void joined(JsonNode party, LocalDate on, String id) {
            parties.put(text(party, "partyId"), new PartyView(text(party, "partyId"), text(party, "name"),
                    text(party, "kind"), party.path("corporationSole").asBoolean(false), true, on, null, null, id));
        }

        Appraisal appraisal(JsonNode p, LocalDate on, String id) {
            return appraisals.computeIfAbsent(text(p, "appraisalId"), k -> new Appraisal(k, null, null, on, id));
        }

        BusinessCase businessCase(JsonNode p, LocalDate on, String id) {
            return businessCases.computeIfAbsent(text(p, "businessCaseId"), BusinessCase::new);
        }

        Agreement agreement(JsonNode p, String id) {
            return agreements.computeIfAbsent(text(p, "agreementId"), Agreement::new);
        }

        Funding funding(JsonNode p, String id) {
            return funding.computeIfAbsent(text(p, "fundingRequestId"), Funding::new);
        }

        Risk risk(JsonNode p, String id) {
            return risks.computeIfAbsent(text(p, "riskId"), Risk::new);
        }

        Milestone milestone(JsonNode p, String id) {
            return milestones.computeIfAbsent(text(p, "milestoneId"), Milestone::new);
        }

        Decision decision(JsonNode p, String id) {
            return decisions.computeIfAbsent(text(p, "reference"), Decision::new);
        }

        ProgrammeView view(List<CorrectionView> corrections, RecordedEvent last, LocalDate asOf, Instant knownAt,
                           LocalDate overdueAt) {
            List<PartyView> partyList = List.copyOf(parties.values());
            List<String> current = partyList.stream().filter(PartyView::current).map(PartyView::partyId).toList();
            List<CostSharingView> modelList = models.values().stream().map(m -> {
                List<String> gone = m.shares().stream().map(ShareView::partyId).filter(pid -> !current.contains(pid)).toList();
                return new CostSharingView(m.modelId(), m.name(), m.basis(), m.status(), m.shares(), m.proposedOn(),
                        m.agreedOn(), m.decisionReference(), Objects.equals(m.modelId(), modelInUse), !gone.isEmpty(), gone,
                        m.eventId());
            }).toList();
            CostSharingView inUse = modelList.stream().filter(CostSharingView::inUse).findFirst().orElse(null);
            List<FundingRequestView> requests = funding.values().stream().map(Funding::view).toList();
            return new ProgrammeView(collaborationId, title, scope, leadPartyId, leadOfficer, registeredOn, status,
                    List.copyOf(governance), partyList, tree(null), appraisals.values().stream().map(Appraisal::view).toList(),
                    businessCases.values().stream().map(BusinessCase::view).toList(),
                    agreements.values().stream().filter(a -> a.title != null || a.kind != null).map(Agreement::view).toList(),
                    modelList, requests, byYear(requests, inUse),
                    risks.values().stream().map(Risk::view).toList(),
                    milestones.values().stream().map(m -> m.view().overdueAt(overdueAt)).toList(),
                    decisions.values().stream().map(Decision::view).toList(), List.copyOf(progress),
                    List.copyOf(corrections),
                    last == null ? null : new LastChangeView(last.effectiveOn(), last.recordedAt(), last.eventId()),
                    asOf, knownAt, eventId);
        }

        List<WorkstreamView> tree(String parent) {
            return workstreams.values().stream()
                    .filter(w -> Objects.equals(w.parentWorkstreamId(), parent)
                            || (parent == null && w.parentWorkstreamId() != null && !workstreams.containsKey(w.parentWorkstreamId())))
                    .map(w -> new WorkstreamView(w.workstreamId(), w.title(), w.lead(), w.parentWorkstreamId(), w.addedOn(),
                            tree(w.workstreamId()), w.eventId()))
                    .toList();
        }

        List<FundingYearView> byYear(List<FundingRequestView> requests, CostSharingView model) {
            Map<String, List<FundingRequestView>> years = new TreeMap<>();
            requests.forEach(r -> years.computeIfAbsent(r.financialYear(), y -> new ArrayList<>()).add(r));
            List<FundingYearView> result = new ArrayList<>();
            years.forEach((year, list) -> {
                Money requested = list.stream().map(FundingRequestView::requested).filter(Objects::nonNull).reduce(Money.ZERO, Money::plus);
                Money allocated = list.stream().map(FundingRequestView::allocated).reduce(Money.ZERO, Money::plus);
                List<PartyFundingView> byParty = model == null ? List.of() : model.shares().stream()
                        .map(s -> new PartyFundingView(s.partyId(),
                                parties.containsKey(s.partyId()) ? parties.get(s.partyId()).name() : s.partyId(),
                                s.share(), requested.share(s.share()), allocated.share(s.share())))
                        .toList();
                String lastEvent = list.stream().map(r -> r.allocations().isEmpty() ? r.eventId()
                        : r.allocations().get(r.allocations().size() - 1).eventId()).reduce((a, b) -> b).orElse(null);
                result.add(new FundingYearView(year, requested, allocated, model == null ? null : model.modelId(),
                        model != null && model.lapsed(), byParty, lastEvent));
            });
            return result;
        }
    }

    // ---------------------------------------------------------------- one builder per record kind

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

    private static final class BusinessCase {
        final String businessCaseId;
        String title, workstreamId, stage, tranche, status, eventId;
        final List<BusinessCaseStepView> history = new ArrayList<>();
        final List<AssuranceView> assurance = new ArrayList<>();

        BusinessCase(String businessCaseId) {
            this.businessCaseId = businessCaseId;
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

    private static final class Agreement {
        final String agreementId;
        String title, kind, status, supersedes, terminationReason, terminationReference, eventId;
        LocalDate draftedOn, signBy, inForceSince, terminatedOn;
        final Map<String, AgreementPartyView> parties = new LinkedHashMap<>();
        final List<AmendmentView> amendments = new ArrayList<>();

        Agreement(String agreementId) {
            this.agreementId = agreementId;
        }

        void apply(String type, JsonNode p, LocalDate on, String id) {
            eventId = id;
            switch (type) {
                case "AgreementDrafted" -> {
                    title = text(p, "title");
                    kind = text(p, "kind");
                    status = "DRAFT";
                    supersedes = text(p, "supersedesAgreementId");
                    signBy = date(p, "signBy");
                    draftedOn = on;
                    for (JsonNode party : p.path("parties")) {
                        parties.put(text(party, "partyId"), new AgreementPartyView(text(party, "partyId"),
                                text(party, "name"), party.path("signatureRequired").asBoolean(true), null, null, null,
                                null, id));
                    }
                }
                case "AgreementSigned" -> parties.computeIfPresent(text(p, "partyId"), (k, o) -> new AgreementPartyView(
                        k, o.name(), o.signatureRequired(), text(p, "signatory"), on, o.consentedBy(), o.consentedOn(), id));
                case "AgreementInForce" -> {
                    status = "IN_FORCE";
                    inForceSince = on;
                }
                case "AgreementAmended" -> amendments.add(new AmendmentView(on, text(p, "what"), text(p, "why"),
                        text(p, "decisionReference"), id));
                case "TerminationConsented" -> parties.computeIfPresent(text(p, "partyId"), (k, o) -> new AgreementPartyView(
                        k, o.name(), o.signatureRequired(), o.signatory(), o.signedOn(), text(p, "consentedBy"), on, id));
                default -> {
                    status = "TERMINATED";
                    terminatedOn = on;
                    terminationReason = text(p, "reason");
                    terminationReference = text(p, "decisionReference");
                }
            }
        }

        AgreementView view() {
            return new AgreementView(agreementId, title, kind, !"STATEMENT_OF_INTENT".equals(kind), status, draftedOn,
                    signBy, supersedes, inForceSince, terminatedOn, terminationReason, terminationReference,
                    List.copyOf(parties.values()), List.copyOf(amendments), eventId);
        }
    }

    private static final class Funding {
        final String fundingRequestId;
        String financialYear, purpose, fundingSource, decisionReference, eventId;
        Money requested, allocated = Money.ZERO;
        LocalDate requestedOn;
        List<BudgetLineView> lines = List.of();
        final List<AllocationView> allocations = new ArrayList<>();

        Funding(String fundingRequestId) {
            this.fundingRequestId = fundingRequestId;
        }

        void apply(String type, JsonNode p, LocalDate on, String id) {
            eventId = id;
            if (type.equals("FundingRequested")) {
                financialYear = text(p, "financialYear");
                requested = money(p, "amount");
                purpose = text(p, "purpose");
                fundingSource = text(p, "fundingSource");
                decisionReference = text(p, "decisionReference");
                requestedOn = on;
                List<BudgetLineView> budget = new ArrayList<>();
                for (JsonNode line : p.path("budgetLines")) {
                    budget.add(new BudgetLineView(text(line, "line"), money(line, "current"), money(line, "revised")));
                }
                lines = List.copyOf(budget);
            } else {
                Money amount = money(p, "amount");
                allocations.add(new AllocationView(text(p, "allocationId"), amount, text(p, "decisionReference"), on, id));
                // Summed here rather than read from totalAllocated, so a corrected amount counts once.
                allocated = allocations.stream().map(AllocationView::amount).filter(Objects::nonNull)
                        .reduce(Money.ZERO, Money::plus);
                if (financialYear == null) {
                    financialYear = text(p, "financialYear");
                }
            }
        }

        FundingRequestView view() {
            return new FundingRequestView(fundingRequestId, financialYear, requested, allocated, purpose, fundingSource,
                    decisionReference, requestedOn, lines, List.copyOf(allocations), eventId);
        }
    }

    private static final class Risk {
        final String riskId;
        String label, description, likelihood, impact, owner, status, closeReason, eventId;
        LocalDate raisedOn, closedOn;
        final List<MitigationView> mitigations = new ArrayList<>();

        Risk(String riskId) {
            this.riskId = riskId;
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

    // ---------------------------------------------------------------- reading stored JSON

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    static Money money(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : Money.of(text);
    }

    static List<String> strings(JsonNode node, String field) {
        List<String> result = new ArrayList<>();
        node.path(field).forEach(v -> result.add(v.asText()));
        return List.copyOf(result);
    }

    static List<ShareView> shares(JsonNode p) {
        List<ShareView> result = new ArrayList<>();
        p.path("shares").forEach(s -> result.add(new ShareView(text(s, "partyId"), Percent.of(text(s, "share")))));
        return List.copyOf(result);
    }
}
