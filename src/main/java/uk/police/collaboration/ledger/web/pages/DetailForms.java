package uk.police.collaboration.ledger.web.pages;

import uk.police.collaboration.ledger.agreement.api.PartyChange;
import uk.police.collaboration.ledger.appraisal.api.AppraisalStage;
import uk.police.collaboration.ledger.web.pages.CommandForm.Option;

import java.util.List;

import static uk.police.collaboration.ledger.web.pages.CommandForm.area;
import static uk.police.collaboration.ledger.web.pages.CommandForm.check;
import static uk.police.collaboration.ledger.web.pages.CommandForm.date;
import static uk.police.collaboration.ledger.web.pages.CommandForm.money;
import static uk.police.collaboration.ledger.web.pages.CommandForm.number;
import static uk.police.collaboration.ledger.web.pages.CommandForm.rows;
import static uk.police.collaboration.ledger.web.pages.CommandForm.select;
import static uk.police.collaboration.ledger.web.pages.CommandForm.text;

/**
 * Forms for the facts added to the catalogue in issue 11 (docs/commands/), in the groups of
 * {@link CommandForms}. RecordSavings' table of lines is a ROWS field: one saving line a row.
 */
final class DetailForms {

    private static final String ID_HINT = "Letters, digits and hyphens, for example ";

    static final List<CommandForm> ALL = List.of(
            new CommandForm("StatePriceRange", "State a price range", "A price known only as low–high, not yet confirmed.",
                    "Funding", List.of(
                    text("priceRangeId", "Price range id", ID_HINT + "glos-soh-hosting-price", true),
                    text("collaborationId", "Programme id", null, true),
                    text("item", "What is priced", "For example SOH hosting", true),
                    money("low", "Lowest price", null, true),
                    money("high", "Highest price", null, true),
                    text("period", "Period (optional)", "For example per annum", false),
                    date("confirmationExpectedOn", "Confirmation expected on (optional)", null, false),
                    area("note", "Note (optional)", null, false))),
            new CommandForm("ConfirmPrice", "Confirm a price",
                    "The price of a stated range is confirmed; the date it happened is the date of confirmation.",
                    "Funding", List.of(
                    text("priceRangeId", "Price range id", null, true),
                    money("confirmedAmount", "Confirmed amount", null, true),
                    text("confirmedBy", "Confirmed by (optional)", null, false))),
            new CommandForm("RecordSavings", "Record savings",
                    "A table of savings as the paper states it: per party, per year, cashable or not; the ledger sums the lines.",
                    "Funding", List.of(
                    text("savingsId", "Savings id", ID_HINT + "emsou-fs-savings-2018", true),
                    text("collaborationId", "Programme id", null, true),
                    text("title", "Title", "For example Costs shared by funding formula", true),
                    area("basis", "Basis", "How the paper arrives at the savings", true),
                    text("costSharingModelId", "Under cost-sharing model (optional)", null, false),
                    rows("lines", "Saving lines", "One line a row; leave the rows you do not need blank. "
                                    + "A paper's (90,181) is a saving of 90181.00; tick 'Cost increase' for a cost",
                            text("partyId", "Party id", null, true),
                            text("financialYear", "Financial year (optional)", "2018/19", false),
                            text("category", "Category", null, true),
                            money("amount", "Amount", "", true),
                            check("cashable", "Cashable", null),
                            check("costIncrease", "Cost increase", null)),
                    money("statedTotal", "Total as the paper prints it (optional)", null, false))),
            new CommandForm("StateFundingTotals", "State a paper's totals",
                    "The TOTAL row the paper prints under a request's budget lines, as printed; the ledger shows any difference.",
                    "Funding", List.of(
                    text("fundingRequestId", "Funding request id", null, true),
                    money("currentTotal", "Current total as printed (optional)", null, false),
                    money("revisedTotal", "Revised total as printed (optional)", null, false),
                    money("varianceTotal", "Variance total as printed (optional)", null, false),
                    area("note", "Note (optional)", null, false))),
            new CommandForm("RecordDirectContribution", "Record a direct contribution",
                    "Money one party pays alone (for example from its own reserve), outside the cost-sharing model.",
                    "Funding", List.of(
                    text("contributionId", "Contribution id", ID_HINT + "pcc-reserve-2019-20", true),
                    text("collaborationId", "Programme id", null, true),
                    text("partyId", "Paying party id", null, true),
                    money("amount", "Amount", null, true),
                    text("financialYear", "Financial year", "For example 2019/20", true),
                    area("purpose", "Purpose", null, true),
                    text("fundingSource", "Source (optional)", "For example the PCC's own reserve", false),
                    text("decisionReference", "Decision reference (optional)", null, false))),
            new CommandForm("RecordIncome", "Record income", "Income the programme received, such as course fees.",
                    "Funding", List.of(
                    text("incomeId", "Income id", ID_HINT + "course-fees-2019-20", true),
                    text("collaborationId", "Programme id", null, true),
                    money("amount", "Amount", null, true),
                    text("financialYear", "Financial year", "For example 2019/20", true),
                    text("receivedFrom", "Received from", null, true),
                    area("description", "Description", null, true))),
            new CommandForm("DiscardOption", "Record a discarded option",
                    "An option the appraisal considered that fell at the long list, the short list or the detailed appraisal.",
                    "Options appraisal", List.of(
                    text("appraisalId", "Appraisal id", null, true),
                    text("optionId", "Option id", ID_HINT + "long-list-3", true),
                    text("title", "Title", null, true),
                    area("description", "Description (optional)", null, false),
                    select("stage", "Stage at which it fell", null, stages()),
                    area("reason", "Why it fell", null, true))),
            new CommandForm("StateOptionsConsidered", "State how many options were considered",
                    "The number the paper gives for a stage (leave it blank when the paper gives none).",
                    "Options appraisal", List.of(
                    text("appraisalId", "Appraisal id", null, true),
                    select("stage", "Stage", null, stages()),
                    number("count", "Number of options (optional)", null),
                    area("description", "As the paper puts it", "For example: a range of five options", true))),
            new CommandForm("ReRateRisk", "Re-rate a risk",
                    "A new likelihood, impact or owner from the date it happened; leave unchanged fields blank.",
                    "Risks and milestones", List.of(
                    text("riskId", "Risk id", null, true),
                    text("likelihood", "New likelihood (optional)", null, false),
                    text("impact", "New impact (optional)", null, false),
                    text("owner", "New owner (optional)", null, false),
                    area("reason", "Why", null, true))),
            new CommandForm("ApproveTranche", "Approve a tranche of a business case",
                    "One tranche is approved while later tranches are still being written; the stage stays open.",
                    "Business cases", List.of(
                    text("businessCaseId", "Business case id", null, true),
                    text("tranche", "Tranche", "For example 1", true),
                    text("approvedBy", "Approved by", null, true),
                    text("decisionReference", "Decision reference (optional)", null, false))),
            new CommandForm("ConsentToPartyChange", "Consent to a party joining or leaving an agreement",
                    "An existing party consents to another party acceding to, or being removed from, an agreement in force.",
                    "Agreements", List.of(
                    text("agreementId", "Agreement id", null, true),
                    select("change", "Change", null, List.of(new Option(PartyChange.ACCESSION.name(), "Accession"),
                            new Option(PartyChange.REMOVAL.name(), "Removal"))),
                    text("subjectPartyId", "Party acceding or being removed", null, true),
                    text("partyId", "Consenting party id", null, true),
                    text("consentedBy", "Consented by", "Name and office", true))),
            new CommandForm("AccedeToAgreement", "Accede to an agreement",
                    "A new party joins an agreement in force by a deed of accession, once every party has consented.",
                    "Agreements", List.of(
                    text("agreementId", "Agreement id", null, true),
                    text("party.partyId", "New party id", null, true),
                    text("party.name", "New party name", null, true),
                    check("party.signatureRequired", "Its signature is required", null),
                    text("signatory", "Signed for it by", null, true),
                    area("deed", "The deed of accession", null, true))),
            new CommandForm("RemoveFromAgreement", "Remove a party from an agreement",
                    "A party leaves an agreement in force, with the consent of every party that remains.",
                    "Agreements", List.of(
                    text("agreementId", "Agreement id", null, true),
                    text("partyId", "Party id", null, true),
                    area("reason", "Reason", null, true))));

    private DetailForms() {
    }

    private static List<Option> stages() {
        return List.of(new Option(AppraisalStage.LONG_LIST.name(), "Long list"),
                new Option(AppraisalStage.SHORT_LIST.name(), "Short list"),
                new Option(AppraisalStage.DETAILED_APPRAISAL.name(), "Detailed appraisal"));
    }
}
