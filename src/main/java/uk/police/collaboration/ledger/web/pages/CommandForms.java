package uk.police.collaboration.ledger.web.pages;

import uk.police.collaboration.ledger.agreement.api.AgreementKind;
import uk.police.collaboration.ledger.businesscase.api.AssuranceConclusion;
import uk.police.collaboration.ledger.businesscase.api.BusinessCaseStage;
import uk.police.collaboration.ledger.collaboration.api.ClosureOutcome;
import uk.police.collaboration.ledger.collaboration.api.CostSharingBasis;
import uk.police.collaboration.ledger.collaboration.api.PartyKind;
import uk.police.collaboration.ledger.decision.api.DecisionOutcome;
import uk.police.collaboration.ledger.decision.api.PartTwoGround;
import uk.police.collaboration.ledger.decision.api.SignOffRole;
import uk.police.collaboration.ledger.web.pages.CommandForm.Option;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static uk.police.collaboration.ledger.web.pages.CommandForm.area;
import static uk.police.collaboration.ledger.web.pages.CommandForm.check;
import static uk.police.collaboration.ledger.web.pages.CommandForm.choice;
import static uk.police.collaboration.ledger.web.pages.CommandForm.json;
import static uk.police.collaboration.ledger.web.pages.CommandForm.shares;
import static uk.police.collaboration.ledger.web.pages.CommandForm.date;
import static uk.police.collaboration.ledger.web.pages.CommandForm.lines;
import static uk.police.collaboration.ledger.web.pages.CommandForm.money;
import static uk.police.collaboration.ledger.web.pages.CommandForm.number;
import static uk.police.collaboration.ledger.web.pages.CommandForm.parties;
import static uk.police.collaboration.ledger.web.pages.CommandForm.rows;
import static uk.police.collaboration.ledger.web.pages.CommandForm.select;
import static uk.police.collaboration.ledger.web.pages.CommandForm.text;

/**
 * A form for every command the secretariat records by hand. Field names are the payload's
 * (docs/commands.md); CommandFormsTest keeps them in step with the commands.
 */
final class CommandForms {

    private static final String ID_HINT = "Letters, digits and hyphens, for example ";

    private static final String SHARES_HINT = "One party a line: party id | share in percent. For example: herts-pcc | 45.5";

    static final Map<String, CommandForm> ALL = new LinkedHashMap<>();

    static {
        // Programme
        add(new CommandForm("RegisterCollaboration", "Register a programme",
                "Start the record of a collaboration programme with its first parties; more can join later.",
                "Programme", List.of(
                text("collaborationId", "Programme id", ID_HINT + "bch-public-contact", true),
                text("title", "Title", null, true),
                area("scope", "Scope", "What the programme covers, as the paper puts it", true),
                rows("parties", "Parties", "One party a row; leave the rows you do not need blank",
                        text("partyId", "Party id", null, true),
                        text("name", "Name", null, true),
                        select("kind", "Kind of party", null, PartyKind.class),
                        check("corporationSole", "Corporation sole", null)),
                text("leadPartyId", "Lead party id (optional)", "One of the parties above", false),
                text("leadOfficer", "Lead officer (optional)", null, false))));
        add(new CommandForm("AddWorkstream", "Add a workstream", "A workstream of the programme, under another if it is part of one.",
                "Programme", List.of(
                text("collaborationId", "Programme id", null, true),
                text("workstreamId", "Workstream id", ID_HINT + "cj-priority-1", true),
                text("title", "Title", null, true),
                choice("parentWorkstreamId", "Part of workstream (optional)", null, false, "workstream"),
                text("lead", "Lead (optional)", null, false))));
        add(new CommandForm("RecordProgress", "Record progress", "What a board or report said about progress, on the date it said it.",
                "Programme", List.of(
                text("collaborationId", "Programme id", null, true),
                choice("workstreamId", "Workstream (optional)", null, false, "workstream"),
                text("body", "Reported to or by (optional)", "For example Strategic Alliance Summit", false),
                area("summary", "What was reported", null, true))));
        add(new CommandForm("JoinCollaboration", "Record a party joining", "A force, PCC or other body joins the programme.",
                "Programme", List.of(
                text("collaborationId", "Programme id", null, true),
                text("party.partyId", "Party id", ID_HINT + "essex-pcc", true),
                text("party.name", "Name", null, true),
                select("party.kind", "Kind of party", null, PartyKind.class),
                check("party.corporationSole", "A corporation sole (a PCC, say)", null))));
        add(new CommandForm("WithdrawFromCollaboration", "Record a party withdrawing", "A party leaves the programme (the '4 + 1' case).",
                "Programme", List.of(
                text("collaborationId", "Programme id", null, true),
                choice("partyId", "Party", null, true, "party"),
                area("reason", "Reason", null, true))));
        add(new CommandForm("ChangeGovernance", "Record a change of governance", "A board stood down, ownership returned to forces.",
                "Programme", List.of(
                text("collaborationId", "Programme id", null, true),
                area("arrangement", "New arrangement", null, true),
                area("reason", "Reason (optional)", null, false),
                text("standsDown", "Body stood down (optional)", null, false))));
        add(new CommandForm("CloseCollaboration", "Close the programme", "The programme ends: completed, not progressed or otherwise.",
                "Programme", List.of(
                text("collaborationId", "Programme id", null, true),
                select("outcome", "Outcome", null, ClosureOutcome.class),
                area("reason", "Reason", null, true))));
        add(new CommandForm("ProposeCostSharing", "Propose a cost-sharing model", "How the parties would share costs; shares sum to 100%.",
                "Programme", List.of(
                text("collaborationId", "Programme id", null, true),
                text("modelId", "Model id", ID_HINT + "formula-2018", true),
                text("name", "Name", "For example Funding formula 2018/19", true),
                select("basis", "Basis", null, CostSharingBasis.class),
                shares("shares", "Shares", SHARES_HINT))));
        add(new CommandForm("AgreeCostSharing", "Agree a cost-sharing model", "The model funding is shared by, from the date agreed.",
                "Programme", List.of(
                text("collaborationId", "Programme id", null, true),
                text("modelId", "Model id", null, true),
                text("name", "Name", null, true),
                select("basis", "Basis", null, CostSharingBasis.class),
                shares("shares", "Shares", SHARES_HINT),
                choice("decisionReference", "Under decision (optional)", null, false, "decision"))));
        // Options appraisal
        add(new CommandForm("OpenAppraisal", "Open an options appraisal", "Start appraising options for a programme.",
                "Options appraisal", List.of(
                text("appraisalId", "Appraisal id", ID_HINT + "bch-public-contact-future", true),
                text("collaborationId", "Programme id", null, true),
                text("title", "Title", null, true),
                choice("workstreamId", "Workstream (optional)", null, false, "workstream"))));
        add(new CommandForm("ProposeOption", "Propose an option", "Put an option into an appraisal.",
                "Options appraisal", List.of(
                choice("appraisalId", "Appraisal", null, true, "appraisal"),
                text("optionId", "Option id", ID_HINT + "option-2", true),
                text("title", "Title", null, true),
                area("description", "Description", null, true),
                number("timescale.minMonths", "Shortest timescale in months (optional)", null),
                number("timescale.maxMonths", "Longest timescale in months (optional)", null),
                date("timescale.from", "Timescale counted from (optional)", null, false),
                check("doNothing", "This is the 'Do Nothing' baseline", null))));
        add(new CommandForm("ApproveOption", "Approve an option",
                "A body approves one option; the appraisal is settled and the other open options are not selected.",
                "Options appraisal", List.of(
                choice("appraisalId", "Appraisal", null, true, "appraisal"),
                choice("optionId", "Option", null, true, "option"),
                text("approvedBy", "Approved by", "The body, for example Strategic Alliance Summit", true),
                text("meeting", "Meeting (optional)", null, false),
                choice("decisionReference", "Decision (optional)", "For example PFCC/100/2018", false, "decision"))));
        add(new CommandForm("RejectOption", "Reject an option", "A body rejects one option of an appraisal.",
                "Options appraisal", List.of(
                choice("appraisalId", "Appraisal", null, true, "appraisal"),
                choice("optionId", "Option", null, true, "option"),
                text("rejectedBy", "Rejected by", null, true),
                area("reason", "Reason", null, true))));
        add(new CommandForm("WithdrawOption", "Withdraw an option", "An option is taken out of the appraisal.",
                "Options appraisal", List.of(
                choice("appraisalId", "Appraisal", null, true, "appraisal"),
                choice("optionId", "Option", null, true, "option"),
                area("reason", "Reason", null, true))));
        // Business cases
        add(new CommandForm("DraftBusinessCase", "Draft a business case", "A strategic outline, outline or full business case.",
                "Business cases", List.of(
                text("businessCaseId", "Business case id", ID_HINT + "athena-obc", true),
                text("collaborationId", "Programme id", null, true),
                choice("workstreamId", "Workstream (optional)", null, false, "workstream"),
                text("title", "Title", null, true),
                select("stage", "Stage", null, BusinessCaseStage.class),
                text("tranche", "Tranche (optional)", null, false))));
        add(new CommandForm("EndorseBusinessCase", "Endorse a business case", null, "Business cases", List.of(
                choice("businessCaseId", "Business case", null, true, "businessCase"),
                text("endorsedBy", "Endorsed by", null, true))));
        add(new CommandForm("CirculateBusinessCase", "Circulate a business case", "Sent out for feedback.", "Business cases", List.of(
                choice("businessCaseId", "Business case", null, true, "businessCase"),
                text("tranche", "Tranche (optional)", null, false),
                text("circulatedTo", "Circulated to", null, true),
                area("purpose", "Purpose (optional)", null, false))));
        add(new CommandForm("PresentBusinessCase", "Present a business case", null, "Business cases", List.of(
                choice("businessCaseId", "Business case", null, true, "businessCase"),
                text("presentedTo", "Presented to", null, true),
                text("meeting", "Meeting (optional)", null, false))));
        add(new CommandForm("ApproveBusinessCase", "Approve a business case", null, "Business cases", List.of(
                choice("businessCaseId", "Business case", null, true, "businessCase"),
                text("approvedBy", "Approved by", null, true),
                choice("decisionReference", "Under decision (optional)", null, false, "decision"))));
        add(new CommandForm("RejectBusinessCase", "Reject a business case", null, "Business cases", List.of(
                choice("businessCaseId", "Business case", null, true, "businessCase"),
                text("rejectedBy", "Rejected by", null, true),
                area("reason", "Reason", null, true))));
        add(new CommandForm("AdvanceBusinessCase", "Advance a business case", "To the next stage: SOC to OBC to FBC.", "Business cases", List.of(
                choice("businessCaseId", "Business case", null, true, "businessCase"),
                select("toStage", "To stage", null, BusinessCaseStage.class),
                text("title", "Title at the new stage (optional)", null, false))));
        add(new CommandForm("RecordAssurance", "Record external assurance", null, "Business cases", List.of(
                choice("businessCaseId", "Business case", null, true, "businessCase"),
                text("assurer", "Assurer", null, true),
                select("conclusion", "Conclusion", null, AssuranceConclusion.class),
                number("recommendations", "Number of recommendations", null),
                area("summary", "Summary (optional)", null, false))));
        // Agreements
        add(new CommandForm("DraftAgreement", "Draft an agreement", "Record an agreement's text and parties before anyone signs.",
                "Agreements", List.of(
                text("agreementId", "Agreement id", ID_HINT + "emsou-s22a-2019", true),
                text("collaborationId", "Programme id", null, true),
                select("kind", "Kind of agreement", null, Arrays.stream(AgreementKind.values())
                        .map(k -> new Option(k.name(), capitalise(k.label()))).toList()),
                text("title", "Title", null, true),
                parties("parties", "Parties", "One party a line: party id | name | required or optional. For example: "
                        + "herts-pcc | PCC for Hertfordshire | required"),
                choice("supersedesAgreementId", "Supersedes agreement (optional)", null, false, "agreement"),
                date("signBy", "To be signed by (optional)", null, false))));
        add(new CommandForm("SignAgreement", "Sign an agreement", "Record one party's signature; the date signed is the date it happened.",
                "Agreements", List.of(
                choice("agreementId", "Agreement", null, true, "agreement"),
                choice("partyId", "Party signing", "Parties whose signature the agreement requires", true, "signatory"),
                text("signatory", "Signatory", "Name and office, for example David Lloyd, PCC", true))));
        add(new CommandForm("AmendAgreement", "Amend an agreement", null, "Agreements", List.of(
                choice("agreementId", "Agreement", null, true, "agreement"),
                area("what", "What changed", null, true),
                area("why", "Why", null, true),
                choice("decisionReference", "Under decision (optional)", null, false, "decision"))));
        add(new CommandForm("ConsentToTermination", "Record consent to termination",
                "A party consents to ending a Section 22A agreement; termination needs every party's consent.", "Agreements", List.of(
                choice("agreementId", "Agreement", null, true, "agreement"),
                choice("partyId", "Party consenting", null, true, "agreementParty"),
                text("consentedBy", "Consented by", "Name and office", true))));
        add(new CommandForm("TerminateAgreement", "Terminate an agreement",
                "End an agreement in force. A Section 22A agreement needs every party's consent first.",
                "Agreements", List.of(
                choice("agreementId", "Agreement", null, true, "agreement"),
                area("reason", "Reason", null, true),
                choice("decisionReference", "Decision (optional)", null, false, "decision"))));
        // Funding
        add(new CommandForm("RequestFunding", "Request funding", "Ask for an amount in one financial year, for a purpose.",
                "Funding", List.of(
                text("fundingRequestId", "Funding request id", ID_HINT + "emsou-fs-2018-19", true),
                text("collaborationId", "Programme id", null, true),
                money("amount", "Amount", null, true),
                text("financialYear", "Financial year", "For example 2018/19", true),
                area("purpose", "Purpose", null, true),
                text("fundingSource", "Source of funding (optional)", "For example a virement from a named reserve", false),
                choice("decisionReference", "Decision (optional)", null, false, "decision"))));
        add(new CommandForm("AllocateFunding", "Allocate funding",
                "Commit (part of) a requested amount under a decision; never more than was requested.",
                "Funding", List.of(
                choice("fundingRequestId", "Funding request", null, true, "fundingRequest"),
                text("allocationId", "Allocation id", ID_HINT + "allocation-1", true),
                money("amount", "Amount", null, true),
                choice("decisionReference", "Decision", "The decision that commits the money", true, "decision"))));
        // Decisions
        add(new CommandForm("RecordDecision", "Record a decision", "Record a decision report under its reference.",
                "Decisions", List.of(
                text("reference", "Reference", "Unique, for example PFCC/100/2018 or D09-2018", true),
                text("collaborationId", "Programme id", null, true),
                text("title", "Title", null, true),
                text("decisionMaker", "Decision maker", "For example Police and Crime Commissioner for Hertfordshire", true),
                text("reportAuthor", "Report author", null, true),
                date("reportDate", "Date of the report (optional)", null, false),
                lines("recommendations", "Recommendations (optional)", "One a line"),
                money("expenditure", "Expenditure (optional)", null, false),
                check("flaggedSignificant", "Flag as of significant public interest", "Decisions over £50,000 are significant in any case"),
                area("significanceReason", "Why it is significant (optional)", null, false),
                lines("optionIds", "Option ids it concerns (optional)", "One a line"),
                lines("agreementIds", "Agreement ids it concerns (optional)", "One a line"),
                lines("fundingRequestIds", "Funding request ids it concerns (optional)", "One a line"))));
        add(new CommandForm("RecordSignOff", "Record a sign-off", "Someone signed the decision report off in a role, on the date it happened.",
                "Decisions", List.of(
                choice("reference", "Decision", null, true, "decision"),
                select("role", "Signed off as", null, Arrays.stream(SignOffRole.values())
                        .map(r -> new Option(r.name(), capitalise(r.name().replace('_', ' ').toLowerCase(Locale.ROOT))
                                .replace("Pcc", "PCC"))).toList()),
                text("name", "Name", null, true))));
        add(new CommandForm("MakeDecision", "Record the outcome of a decision", "Agreed or not agreed, by whom and why.",
                "Decisions", List.of(
                choice("reference", "Decision", null, true, "decision"),
                select("outcome", "Outcome", null, DecisionOutcome.class),
                text("decidedBy", "Decided by", null, true),
                area("reasons", "Reasons", null, true))));
        add(new CommandForm("DecidePublication", "Decide whether to publish", "Whether the decision is for publication, and why not if not.",
                "Decisions", List.of(
                choice("reference", "Decision", null, true, "decision"),
                check("forPublication", "For publication", null),
                area("reason", "Reason (optional; say why when not for publication)", null, false))));
        add(new CommandForm("RequireRedaction", "Require a redaction", "A passage to be withheld from publication, under an exemption.",
                "Decisions", List.of(
                choice("reference", "Decision", null, true, "decision"),
                text("redactionId", "Redaction id", ID_HINT + "redaction-1", true),
                text("part", "Part of the report", "For example Section 5, paragraph 2", true),
                area("passage", "Passage", null, true),
                text("exemption", "Exemption", "For example s.40 FOIA personal information", true))));
        add(new CommandForm("CompleteRedaction", "Complete a redaction", "The redaction is made and signed off.", "Decisions", List.of(
                choice("reference", "Decision", null, true, "decision"),
                choice("redactionId", "Redaction", null, true, "redaction"),
                text("signedOffBy", "Signed off by", null, true),
                select("signedOffRole", "Signed off as", null, SignOffRole.class))));
        add(new CommandForm("AttachPartTwo", "Attach Part Two material", "Exempt material, never published or released.",
                "Decisions", List.of(
                choice("reference", "Decision", null, true, "decision"),
                text("partTwoId", "Part Two id", ID_HINT + "part-two-1", true),
                area("content", "Content", null, true),
                select("ground", "Ground of exemption", null, PartTwoGround.class))));
        add(new CommandForm("PublishDecision", "Publish a decision", "Published; refused while a redaction is pending.",
                "Decisions", List.of(
                choice("reference", "Decision", null, true, "decision"),
                text("url", "Web address of the published notice (optional)", null, false))));
        // Risks and milestones
        add(new CommandForm("RaiseRisk", "Raise a risk", "Raise a risk to a programme.",
                "Risks and milestones", List.of(
                text("riskId", "Risk id", ID_HINT + "risk-ict-delay", true),
                text("collaborationId", "Programme id", null, true),
                text("label", "Label in the paper's register (optional)", "For example c", false),
                area("description", "Description", null, true),
                text("likelihood", "Likelihood (optional)", "As the paper rates it, for example High", false),
                text("impact", "Impact (optional)", null, false),
                text("owner", "Owner (optional)", null, false))));
        add(new CommandForm("MitigateRisk", "Record a mitigation", "What is being done about a risk.", "Risks and milestones", List.of(
                choice("riskId", "Risk", null, true, "risk"),
                area("mitigation", "Mitigation", null, true))));
        add(new CommandForm("CloseRisk", "Close a risk", null, "Risks and milestones", List.of(
                choice("riskId", "Risk", null, true, "risk"),
                area("reason", "Reason", null, true))));
        add(new CommandForm("SetMilestone", "Set a milestone", "A go-live, a signing deadline, a first payment, with the date planned.",
                "Risks and milestones", List.of(
                text("milestoneId", "Milestone id", ID_HINT + "athena-go-live", true),
                text("collaborationId", "Programme id", null, true),
                text("title", "Title", null, true),
                date("plannedOn", "Planned for", null, true),
                choice("workstreamId", "Workstream (optional)", null, false, "workstream"))));
        add(new CommandForm("ReviseMilestone", "Move a milestone", "A new planned date, and why.", "Risks and milestones", List.of(
                choice("milestoneId", "Milestone", null, true, "milestone"),
                date("plannedOn", "Now planned for", null, true),
                area("reason", "Reason", null, true))));
        add(new CommandForm("AchieveMilestone", "Record a milestone achieved", "The date it happened is the date achieved.",
                "Risks and milestones", List.of(
                choice("milestoneId", "Milestone", null, true, "milestone"),
                area("note", "Note (optional)", null, false))));
        // Corrections
        add(new CommandForm("CorrectRecord", "Correct a record",
                "Put right a fact recorded wrongly. The first record stays on the timeline; the correction is a new fact beside it.",
                "Corrections", List.of(
                text("correctionId", "Correction id", ID_HINT + "correction-risk-impact", true),
                text("recordId", "Record id", "The record that holds the fact: a risk id, a decision reference, an agreement id", true),
                text("eventId", "Event id", "From the fact's line on the timeline (its anchor, after 'event-')", true),
                area("whatWasWrong", "What was wrong", null, true),
                json("correctedFacts", "Corrected facts", "The fields as they should read, as JSON, for example {\"impact\": \"Medium\"}"))));
        DetailForms.ALL.forEach(CommandForms::add);
    }

    private CommandForms() {
    }

    private static void add(CommandForm form) {
        ALL.put(form.command(), form);
    }

    static Optional<CommandForm> find(String command) {
        return Optional.ofNullable(ALL.get(command));
    }

    static Map<String, List<CommandForm>> byGroup() {
        Map<String, List<CommandForm>> groups = new LinkedHashMap<>();
        ALL.values().forEach(f -> groups.computeIfAbsent(f.group(), g -> new java.util.ArrayList<>()).add(f));
        return groups;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
