package uk.police.collaboration.ledger.web.pages;

import uk.police.collaboration.ledger.agreement.api.AgreementKind;
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
import static uk.police.collaboration.ledger.web.pages.CommandForm.date;
import static uk.police.collaboration.ledger.web.pages.CommandForm.lines;
import static uk.police.collaboration.ledger.web.pages.CommandForm.money;
import static uk.police.collaboration.ledger.web.pages.CommandForm.number;
import static uk.police.collaboration.ledger.web.pages.CommandForm.parties;
import static uk.police.collaboration.ledger.web.pages.CommandForm.select;
import static uk.police.collaboration.ledger.web.pages.CommandForm.text;

/** The everyday commands that have a form. Field names are the payload's (docs/commands.md). */
final class CommandForms {

    private static final String ID_HINT = "Letters, digits and hyphens, for example ";

    static final Map<String, CommandForm> ALL = new LinkedHashMap<>();

    static {
        add(new CommandForm("OpenAppraisal", "Open an options appraisal", "Start appraising options for a programme.",
                "Options appraisal", List.of(
                text("appraisalId", "Appraisal id", ID_HINT + "bch-public-contact-future", true),
                text("collaborationId", "Programme id", null, true),
                text("title", "Title", null, true),
                text("workstreamId", "Workstream id (optional)", null, false))));
        add(new CommandForm("ProposeOption", "Propose an option", "Put an option into an appraisal.",
                "Options appraisal", List.of(
                text("appraisalId", "Appraisal id", null, true),
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
                text("appraisalId", "Appraisal id", null, true),
                text("optionId", "Option id", null, true),
                text("approvedBy", "Approved by", "The body, for example Strategic Alliance Summit", true),
                text("meeting", "Meeting (optional)", null, false),
                text("decisionReference", "Decision reference (optional)", "For example PFCC/100/2018", false))));
        add(new CommandForm("DraftAgreement", "Draft an agreement", "Record an agreement's text and parties before anyone signs.",
                "Agreements", List.of(
                text("agreementId", "Agreement id", ID_HINT + "emsou-s22a-2019", true),
                text("collaborationId", "Programme id", null, true),
                select("kind", "Kind of agreement", null, Arrays.stream(AgreementKind.values())
                        .map(k -> new Option(k.name(), capitalise(k.label()))).toList()),
                text("title", "Title", null, true),
                parties("parties", "Parties", "One party a line: party id | name | required or optional. For example: "
                        + "herts-pcc | PCC for Hertfordshire | required"),
                text("supersedesAgreementId", "Supersedes agreement id (optional)", null, false),
                date("signBy", "To be signed by (optional)", null, false))));
        add(new CommandForm("SignAgreement", "Sign an agreement", "Record one party's signature; the date signed is the date it happened.",
                "Agreements", List.of(
                text("agreementId", "Agreement id", null, true),
                text("partyId", "Party id", "The party signing, as named in the agreement", true),
                text("signatory", "Signatory", "Name and office, for example David Lloyd, PCC", true))));
        add(new CommandForm("TerminateAgreement", "Terminate an agreement",
                "End an agreement in force. A Section 22A agreement needs every party's consent first.",
                "Agreements", List.of(
                text("agreementId", "Agreement id", null, true),
                area("reason", "Reason", null, true),
                text("decisionReference", "Decision reference (optional)", null, false))));
        add(new CommandForm("RequestFunding", "Request funding", "Ask for an amount in one financial year, for a purpose.",
                "Funding", List.of(
                text("fundingRequestId", "Funding request id", ID_HINT + "emsou-fs-2018-19", true),
                text("collaborationId", "Programme id", null, true),
                money("amount", "Amount", null, true),
                text("financialYear", "Financial year", "For example 2018/19", true),
                area("purpose", "Purpose", null, true),
                text("fundingSource", "Source of funding (optional)", "For example a virement from a named reserve", false),
                text("decisionReference", "Decision reference (optional)", null, false))));
        add(new CommandForm("AllocateFunding", "Allocate funding",
                "Commit (part of) a requested amount under a decision; never more than was requested.",
                "Funding", List.of(
                text("fundingRequestId", "Funding request id", null, true),
                text("allocationId", "Allocation id", ID_HINT + "allocation-1", true),
                money("amount", "Amount", null, true),
                text("decisionReference", "Decision reference", "The decision that commits the money", true))));
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
                text("reference", "Decision reference", null, true),
                select("role", "Signed off as", null, Arrays.stream(SignOffRole.values())
                        .map(r -> new Option(r.name(), capitalise(r.name().replace('_', ' ').toLowerCase(Locale.ROOT))
                                .replace("Pcc", "PCC"))).toList()),
                text("name", "Name", null, true))));
        add(new CommandForm("RaiseRisk", "Raise a risk", "Raise a risk to a programme.",
                "Risks and milestones", List.of(
                text("riskId", "Risk id", ID_HINT + "risk-ict-delay", true),
                text("collaborationId", "Programme id", null, true),
                text("label", "Label in the paper's register (optional)", "For example c", false),
                area("description", "Description", null, true),
                text("likelihood", "Likelihood (optional)", "As the paper rates it, for example High", false),
                text("impact", "Impact (optional)", null, false),
                text("owner", "Owner (optional)", null, false))));
        add(new CommandForm("SetMilestone", "Set a milestone", "A go-live, a signing deadline, a first payment, with the date planned.",
                "Risks and milestones", List.of(
                text("milestoneId", "Milestone id", ID_HINT + "athena-go-live", true),
                text("collaborationId", "Programme id", null, true),
                text("title", "Title", null, true),
                date("plannedOn", "Planned for", null, true),
                text("workstreamId", "Workstream id (optional)", null, false))));
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
