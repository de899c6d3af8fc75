package uk.police.collaboration.ledger.web.pages;

import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.web.pages.CommandForm.Option;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a form's CHOICE fields offer: the programme's own records, so that a secretary picks an
 * appraisal, option, party, agreement or decision instead of typing its id. Narrowed by what the
 * form already holds: the options of the chosen appraisal, the parties of the chosen agreement,
 * the redactions of the chosen decision.
 */
final class FormChoices {

    private FormChoices() {
    }

    static Map<String, List<Option>> of(CommandForm form, ProgrammeView p, Map<String, String> values) {
        Map<String, List<Option>> choices = new LinkedHashMap<>();
        if (p == null) {
            return choices;
        }
        for (CommandForm.Field f : form.fields()) {
            if (f.kind() == CommandForm.Kind.CHOICE) {
                List<Option> offered = new ArrayList<>(offer(f.choices(), p, values));
                String current = values.get(f.param());
                if (current != null && !current.isBlank() && offered.stream().noneMatch(o -> o.value().equals(current))) {
                    offered.add(new Option(current, current + " (not a record of this programme)"));
                }
                choices.put(f.name(), offered);
            }
        }
        return choices;
    }

    private static List<Option> offer(String kind, ProgrammeView p, Map<String, String> values) {
        String appraisal = values.get("p.appraisalId");
        String agreement = values.get("p.agreementId");
        String decision = values.get("p.reference");
        return switch (kind) {
            case "appraisal" -> p.appraisals().stream().map(a -> new Option(a.appraisalId(), a.title())).toList();
            case "option" -> p.appraisals().stream()
                    .filter(a -> appraisal == null || appraisal.isBlank() || a.appraisalId().equals(appraisal))
                    .flatMap(a -> a.options().stream().map(o -> new Option(o.optionId(),
                            (appraisal == null || appraisal.isBlank() ? a.title() + ": " : "") + o.title()
                                    + " (" + CommandForm.words(o.status()).toLowerCase(java.util.Locale.UK) + ")")))
                    .toList();
            case "party" -> p.currentParties().stream().map(x -> new Option(x.partyId(), x.name())).toList();
            case "agreement" -> p.agreements().stream().map(a -> new Option(a.agreementId(),
                    a.title() + " (" + CommandForm.words(a.status()).toLowerCase(java.util.Locale.UK) + ")")).toList();
            case "agreementParty", "signatory" -> p.agreements().stream()
                    .filter(a -> agreement == null || agreement.isBlank() || a.agreementId().equals(agreement))
                    .flatMap(a -> a.parties().stream()
                            .filter(x -> !"signatory".equals(kind) || (x.signatureRequired() && x.signedOn() == null))
                            .map(x -> new Option(x.partyId(), x.name())))
                    .distinct().toList();
            case "decision" -> p.decisions().stream().map(d -> new Option(d.reference(), d.reference() + ": " + d.title())).toList();
            case "redaction" -> p.decisions().stream()
                    .filter(d -> decision == null || decision.isBlank() || d.reference().equals(decision))
                    .flatMap(d -> d.redactions().stream().filter(r -> !"COMPLETED".equals(r.status()))
                            .map(r -> new Option(r.redactionId(), r.part() + " – " + r.exemption())))
                    .toList();
            case "workstream" -> Workstreams.flatten(p.workstreams()).stream()
                    .map(r -> new Option(r.workstream().workstreamId(), r.workstream().title())).toList();
            case "risk" -> p.risks().stream().filter(r -> "OPEN".equals(r.status()))
                    .map(r -> new Option(r.riskId(), (r.label() != null ? "(" + r.label() + ") " : "") + r.description())).toList();
            case "milestone" -> p.milestones().stream().filter(m -> m.achievedOn() == null)
                    .map(m -> new Option(m.milestoneId(), m.title())).toList();
            case "fundingRequest" -> p.fundingRequests().stream().map(f -> new Option(f.fundingRequestId(),
                    f.financialYear() + ": " + (f.purpose() == null ? f.fundingRequestId() : f.purpose()))).toList();
            case "businessCase" -> p.businessCases().stream().map(b -> new Option(b.businessCaseId(), b.title())).toList();
            default -> List.of();
        };
    }
}
