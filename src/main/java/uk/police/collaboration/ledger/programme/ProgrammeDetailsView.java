package uk.police.collaboration.ledger.programme;

import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.List;

/**
 * Facts a paper states that are more than text, beside the main {@link ProgrammeView}: prices known
 * as ranges, savings, the paper's own totals, every option an appraisal considered, risk ratings
 * over time, parties acceding to or removed from agreements, tranche approvals, and money outside
 * the cost-sharing model. Folded from the same events, so "as of" a date shows what stood then.
 */
public record ProgrammeDetailsView(List<PriceRangeView> priceRanges, List<SavingsView> savings,
                                   List<StatedTotalsView> statedTotals, List<OptionsConsideredView> optionsConsidered,
                                   List<RiskRatingView> riskRatings, List<PartyChangeView> partyChanges,
                                   List<TrancheApprovalView> trancheApprovals, List<DirectFundingYearView> directFunding) {

    public static ProgrammeDetailsView none() {
        return new ProgrammeDetailsView(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of());
    }

    /** status: NOT_YET_CONFIRMED or CONFIRMED; withinRange null until confirmed. */
    public record PriceRangeView(String priceRangeId, String item, Money low, Money high, String period,
                                 LocalDate statedOn, LocalDate confirmationExpectedOn, String note, String status,
                                 Money confirmedAmount, LocalDate confirmedOn, String confirmedBy, Boolean withinRange,
                                 String eventId) {
    }

    /** computedTotal is the sum of the lines; totalDiffers flags a paper's TOTAL that is not that sum, by difference. */
    public record SavingsView(String savingsId, String title, String basis, String costSharingModelId,
                              LocalDate recordedOn, List<SavingLineView> lines, List<PartySavingsView> byParty,
                              Money computedTotal, Money cashableTotal, Money statedTotal, boolean totalDiffers,
                              Money difference, String eventId) {
    }

    /** amount: positive a saving, negative a cost increase; financialYear null when the paper gives none. */
    public record SavingLineView(String partyId, String partyName, String financialYear, String category, Money amount,
                                 boolean cashable) {
    }

    public record PartySavingsView(String partyId, String partyName, Money total, Money cashable, Money nonCashable) {
    }

    /** Each stated total beside the sum of the request's budget lines; a difference is stated minus computed. */
    public record StatedTotalsView(String fundingRequestId, LocalDate statedOn, TotalView current, TotalView revised,
                                   TotalView variance, boolean differs, String note, String eventId) {
    }

    /** stated null: the paper printed no such total. */
    public record TotalView(Money stated, Money computed, Money difference, boolean differs) {
    }

    /** Every option an appraisal considered beyond those put for decision, and the counts the paper states. */
    public record OptionsConsideredView(String appraisalId, List<DiscardedOptionView> discarded,
                                        List<StatedCountView> statedCounts, String eventId) {
    }

    /** stage: LONG_LIST, SHORT_LIST or DETAILED_APPRAISAL, the stage at which the option fell. */
    public record DiscardedOptionView(String optionId, String title, String description, String stage, String reason,
                                      LocalDate discardedOn, String eventId) {
    }

    /** count null: the paper gives no number ("a wide range"); held: options the ledger holds that reached the stage. */
    public record StatedCountView(String stage, Integer count, int held, String description, LocalDate statedOn,
                                  String eventId) {
    }

    /** standing: the rating in effect at the view's date; history in effective-date order, the raising first. */
    public record RiskRatingView(String riskId, RatingView standing, List<RatingView> history) {
    }

    public record RatingView(LocalDate effectiveOn, String likelihood, String impact, String owner, String reason,
                             String eventId) {
    }

    /** change: ACCESSION or REMOVAL; status: PENDING (consents being gathered) or DONE. */
    public record PartyChangeView(String agreementId, String change, String partyId, String partyName, String status,
                                  LocalDate effectiveOn, String detail, List<ConsentView> consents, String eventId) {
    }

    public record ConsentView(String partyId, String consentedBy, LocalDate consentedOn, String eventId) {
    }

    public record TrancheApprovalView(String businessCaseId, String stage, String tranche, String approvedBy,
                                      String decisionReference, LocalDate approvedOn, String eventId) {
    }

    /** Money outside the cost-sharing model in one financial year: never split between the parties. */
    public record DirectFundingYearView(String financialYear, List<ContributionView> contributions,
                                        List<IncomeView> income, Money contributed, Money received) {
    }

    public record ContributionView(String contributionId, String partyId, String partyName, Money amount,
                                   String purpose, String fundingSource, String decisionReference,
                                   LocalDate effectiveOn, String eventId) {
    }

    public record IncomeView(String incomeId, Money amount, String receivedFrom, String description,
                             LocalDate effectiveOn, String eventId) {
    }
}
