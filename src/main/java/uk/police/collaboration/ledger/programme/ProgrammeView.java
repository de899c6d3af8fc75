package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.shared.Percent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The state of one programme, folded from its events: what a programme board reads, and (as of a
 * date, as known at an instant) what an auditor reconstructs. Every item names the event that last
 * changed it. Stored whole in programme_state; {@link #forReader} trims it to a reader's clearance.
 *
 * @param asOf    the valid-time date the view was folded to (null: everything recorded)
 * @param knownAt the transaction-time instant the view was folded to (null: everything known now)
 * @param details the facts beyond the main areas (price ranges, savings, stated totals, …); see {@link ProgrammeDetailsView}
 */
public record ProgrammeView(String collaborationId, String title, String scope, String leadPartyId, String leadOfficer,
                            LocalDate registeredOn, StatusView status, List<GovernanceChangeView> governance,
                            List<PartyView> parties, List<WorkstreamView> workstreams, List<AppraisalView> appraisals,
                            List<BusinessCaseView> businessCases, List<AgreementView> agreements,
                            List<CostSharingView> costSharing, List<FundingRequestView> fundingRequests,
                            List<FundingYearView> fundingByYear, List<RiskView> risks, List<MilestoneView> milestones,
                            List<DecisionView> decisions, List<ProgressView> progress,
                            List<CorrectionView> correctionsApplied, LastChangeView lastChange,
                            LocalDate asOf, Instant knownAt, String eventId, ProgrammeDetailsView details) {

    public record StatusView(String state, String outcome, String reason, LocalDate closedOn, String eventId) {
    }

    public record GovernanceChangeView(LocalDate effectiveOn, String arrangement, String reason, String standsDown,
                                       String eventId) {
    }

    public record PartyView(String partyId, String name, String kind, boolean corporationSole, boolean current,
                            LocalDate joinedOn, LocalDate withdrawnOn, String withdrawalReason, String eventId) {
    }

    public record WorkstreamView(String workstreamId, String title, String lead, String parentWorkstreamId,
                                 LocalDate addedOn, List<WorkstreamView> workstreams, String eventId) {
    }

    public record AppraisalView(String appraisalId, String title, String workstreamId, LocalDate openedOn,
                                String approvedOptionId, List<OptionView> options, String eventId) {
    }

    public record TimescaleView(Integer minMonths, Integer maxMonths, LocalDate from) {
    }

    /** status: PROPOSED, APPROVED, NOT_SELECTED, WITHDRAWN or REJECTED. */
    public record OptionView(String optionId, String title, String description, TimescaleView timescale,
                             boolean doNothing, String status, LocalDate proposedOn, LocalDate statusOn,
                             String approvedBy, String meeting, String decisionReference, String rejectedBy,
                             String reason, String eventId) {
    }

    /** status: DRAFTED, ENDORSED, CIRCULATED, PRESENTED, APPROVED or REJECTED (at the current stage). */
    public record BusinessCaseView(String businessCaseId, String title, String workstreamId, String stage,
                                   String tranche, String status, List<BusinessCaseStepView> history,
                                   List<AssuranceView> assurance, String eventId) {
    }

    /** step: DRAFTED, ENDORSED, CIRCULATED, PRESENTED, APPROVED, REJECTED or ADVANCED. */
    public record BusinessCaseStepView(LocalDate effectiveOn, String step, String stage, String by, String detail,
                                       String tranche, String decisionReference, String eventId) {
    }

    public record AssuranceView(LocalDate effectiveOn, String assurer, String conclusion, int recommendations,
                                String summary, String eventId) {
    }

    /** status: DRAFT, IN_FORCE or TERMINATED. */
    public record AgreementView(String agreementId, String title, String kind, boolean legallyBinding, String status,
                                LocalDate draftedOn, LocalDate signBy, String supersedesAgreementId,
                                LocalDate inForceSince, LocalDate terminatedOn, String terminationReason,
                                String terminationDecisionReference, List<AgreementPartyView> parties,
                                List<AmendmentView> amendments, String eventId) {
    }

    public record AgreementPartyView(String partyId, String name, boolean signatureRequired, String signatory,
                                     LocalDate signedOn, String consentedBy, LocalDate consentedOn, String eventId) {
    }

    public record AmendmentView(LocalDate effectiveOn, String what, String why, String decisionReference,
                                String eventId) {
    }

    /**
     * status: PROPOSED or AGREED; appliesFrom is the date from which the model applies; inUse marks the
     * agreed model that applies on the view's date (as of, else today); lapsed when it names a party
     * that is no longer current (a withdrawal does not rewrite it).
     */
    public record CostSharingView(String modelId, String name, String basis, String status, List<ShareView> shares,
                                  LocalDate proposedOn, LocalDate agreedOn, String decisionReference, boolean inUse,
                                  boolean lapsed, List<String> lapsedBecauseOf, LocalDate appliesFrom, String eventId) {
    }

    public record ShareView(String partyId, Percent share) {
    }

    public record FundingRequestView(String fundingRequestId, String financialYear, Money requested, Money allocated,
                                     String purpose, String fundingSource, String decisionReference,
                                     LocalDate requestedOn, List<BudgetLineView> budgetLines,
                                     List<AllocationView> allocations, String eventId) {
    }

    public record BudgetLineView(String line, Money current, Money revised) {
    }

    public record AllocationView(String allocationId, Money amount, String decisionReference, LocalDate effectiveOn,
                                 String eventId) {
    }

    /**
     * Funding of one financial year, shared between the parties by the model that applied to that year
     * (if any): the agreed model applying on 1 April, else the first one to apply during the year.
     * costSharingModelLapsed when that model names a party that was not a party on the day the year's
     * split is taken, or had left by the end of the year (as far as the view reaches). The parties' amounts add up exactly to the year's (largest remainder).
     */
    public record FundingYearView(String financialYear, Money requested, Money allocated, String costSharingModelId,
                                  boolean costSharingModelLapsed, List<PartyFundingView> byParty, String eventId) {
    }

    public record PartyFundingView(String partyId, String name, Percent share, Money requested, Money allocated) {
    }

    /** status: OPEN or CLOSED. */
    public record RiskView(String riskId, String label, String description, String likelihood, String impact,
                           String owner, String status, LocalDate raisedOn, LocalDate closedOn, String closeReason,
                           List<MitigationView> mitigations, String eventId) {
    }

    public record MitigationView(LocalDate effectiveOn, String mitigation, String eventId) {
    }

    public record MilestoneView(String milestoneId, String title, String workstreamId, LocalDate plannedOn,
                                LocalDate originallyPlannedOn, List<MilestoneRevisionView> revisions,
                                LocalDate achievedOn, String note, boolean overdue, String eventId) {
        MilestoneView overdueAt(LocalDate day) {
            boolean late = achievedOn == null && plannedOn != null && day != null && plannedOn.isBefore(day);
            return new MilestoneView(milestoneId, title, workstreamId, plannedOn, originallyPlannedOn, revisions,
                    achievedOn, note, late, eventId);
        }
    }

    public record MilestoneRevisionView(LocalDate effectiveOn, LocalDate previousPlannedOn, LocalDate plannedOn,
                                        String reason, String eventId) {
    }

    /**
     * publicationStatus: NOT_DECIDED, FOR_PUBLICATION, NOT_FOR_PUBLICATION or PUBLISHED. The decision
     * date is the date it was made (or, before that, the date it was recorded).
     */
    public record DecisionView(String reference, String title, String decisionMaker, String reportAuthor,
                               LocalDate reportDate, List<String> recommendations, Money expenditure,
                               boolean flaggedSignificant, String significanceReason,
                               boolean significantPublicInterest, List<String> optionIds, List<String> agreementIds,
                               List<String> fundingRequestIds, LocalDate recordedOn, List<SignOffView> signOffs,
                               String outcome, String decidedBy, String reasons, LocalDate decidedOn,
                               String publicationStatus, String publicationReason, LocalDate publishedOn, String url,
                               List<RedactionView> redactions, List<PartTwoView> partTwo, String eventId) {

        public boolean published() {
            return "PUBLISHED".equals(publicationStatus);
        }

        public LocalDate decisionDate() {
            return decidedOn != null ? decidedOn : recordedOn;
        }

        /** What this reader may see of the decision: redacted passages and Part Two content withheld as cleared. */
        public DecisionView forReader(Clearance clearance) {
            DecisionView view = clearance.seesPartTwo() ? this : Redactor.withholdPartTwo(this);
            return clearance.seesRedactedPassages() ? view : Redactor.redact(view);
        }

        DecisionView withTexts(String title, String decisionMaker, String reportAuthor, List<String> recommendations,
                               String significanceReason, String decidedBy, String reasons, String publicationReason,
                               List<RedactionView> redactions) {
            return new DecisionView(reference, title, decisionMaker, reportAuthor, reportDate, recommendations,
                    expenditure, flaggedSignificant, significanceReason, significantPublicInterest, optionIds,
                    agreementIds, fundingRequestIds, recordedOn, signOffs, outcome, decidedBy, reasons, decidedOn,
                    publicationStatus, publicationReason, publishedOn, url, redactions, partTwo, eventId);
        }

        DecisionView withPartTwo(List<PartTwoView> parts) {
            return new DecisionView(reference, title, decisionMaker, reportAuthor, reportDate, recommendations,
                    expenditure, flaggedSignificant, significanceReason, significantPublicInterest, optionIds,
                    agreementIds, fundingRequestIds, recordedOn, signOffs, outcome, decidedBy, reasons, decidedOn,
                    publicationStatus, publicationReason, publishedOn, url, redactions, parts, eventId);
        }
    }

    public record SignOffView(String role, String name, LocalDate signedOn, String eventId) {
    }

    /** status: REQUIRED or COMPLETED; passage is null for readers not cleared to see redacted passages. */
    public record RedactionView(String redactionId, String part, String passage, String exemption, String status,
                                String signedOffBy, String signedOffRole, String eventId) {
    }

    /** content is null for every reader but an auditor: Part Two material is exempt. */
    public record PartTwoView(String partTwoId, String ground, String content, String eventId) {
    }

    public record ProgressView(LocalDate effectiveOn, String workstreamId, String body, String summary, String eventId) {
    }

    /** A correction whose facts this view already shows. */
    public record CorrectionView(String correctionId, String correctedEventId, String eventType, String whatWasWrong,
                                 Instant recordedAt, String eventId) {
    }

    public record LastChangeView(LocalDate effectiveOn, Instant recordedAt, String eventId) {
    }

    public List<PartyView> currentParties() {
        return parties.stream().filter(PartyView::current).toList();
    }

    public boolean closed() {
        return status != null && "CLOSED".equals(status.state());
    }

    /**
     * The view as this reader may see it, with overdue milestones judged at {@code day}: decisions
     * the reader may not see are left out, redacted passages and Part Two content withheld.
     */
    public ProgrammeView forReader(Clearance clearance, LocalDate day) {
        List<DecisionView> visible = decisions.stream()
                .filter(d -> clearance.seesUnpublishedDecisions() || d.published())
                .map(d -> d.forReader(clearance)).toList();
        List<MilestoneView> judged = milestones.stream().map(m -> m.overdueAt(day)).toList();
        return new ProgrammeView(collaborationId, title, scope, leadPartyId, leadOfficer, registeredOn, status,
                governance, parties, workstreams, appraisals, businessCases, agreements, costSharing, fundingRequests,
                fundingByYear, risks, judged, visible, progress, correctionsApplied, lastChange, asOf, knownAt,
                eventId, details == null ? ProgrammeDetailsView.none() : details);
    }
}
