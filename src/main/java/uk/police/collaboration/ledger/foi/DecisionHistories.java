package uk.police.collaboration.ledger.foi;

import org.springframework.stereotype.Service;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.foi.DecisionHistoryView.ReleasedDecisionView;
import uk.police.collaboration.ledger.foi.DecisionHistoryView.WithheldView;
import uk.police.collaboration.ledger.programme.ProgrammeStates;
import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.programme.Redactor;
import uk.police.collaboration.ledger.readside.ReadRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * FOI decision histories. Whatever the asker's clearance, the release is the same: it is meant to
 * leave the organisation, so redactions are always applied and Part Two content never included.
 */
@Service
public class DecisionHistories {

    static final String TITLE = "Decision history for release under the Freedom of Information Act 2000";

    private final ProgrammeStates states;

    DecisionHistories(ProgrammeStates states) {
        this.states = states;
    }

    public DecisionHistoryView history(String collaborationId, LocalDate from, LocalDate to, Clearance clearance) {
        if (clearance == Clearance.PUBLIC) {
            throw new ReadRefused(403, "FOI_CLEARANCE_REQUIRED",
                    "Decision histories for release are prepared by FOI officers; published decisions are on /api/registers/decisions",
                    List.of());
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ReadRefused.badParameter("from", "the period starts after it ends");
        }
        List<ProgrammeView> programmes = collaborationId == null ? states.all()
                : List.of(states.find(collaborationId).orElseThrow(
                        () -> ReadRefused.notFound("collaboration programme '" + collaborationId + "'")));
        List<ReleasedDecisionView> released = new ArrayList<>();
        for (ProgrammeView programme : programmes) {
            for (DecisionView decision : programme.decisions()) {
                LocalDate date = decision.decisionDate();
                if (!decision.published() || (from != null && (date == null || date.isBefore(from)))
                        || (to != null && (date == null || date.isAfter(to)))) {
                    continue;
                }
                released.add(release(programme, decision));
            }
        }
        released.sort(Comparator.comparing(ReleasedDecisionView::decisionDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ReleasedDecisionView::reference));
        List<WithheldView> withheld = released.stream().flatMap(d -> d.withheld().stream()).toList();
        String programme = collaborationId == null ? "All programmes" : programmes.get(0).title();
        return new DecisionHistoryView(TITLE,
                collaborationId, programme, from, to, released, withheld);
    }

    static ReleasedDecisionView release(ProgrammeView programme, DecisionView original) {
        return release(programme.collaborationId(), programme.title(), original);
    }

    static ReleasedDecisionView release(String collaborationId, String programmeTitle, DecisionView original) {
        DecisionView d = Redactor.redact(Redactor.withholdPartTwo(original));
        List<WithheldView> withheld = new ArrayList<>();
        d.redactions().forEach(r -> withheld.add(new WithheldView(d.reference(), "REDACTION", r.part(), r.exemption())));
        d.partTwo().forEach(p -> withheld.add(new WithheldView(d.reference(), "PART_TWO", "Part Two (exempt) material",
                groundInWords(p.ground()))));
        return new ReleasedDecisionView(collaborationId, programmeTitle, d.reference(), d.title(),
                d.decisionDate(), d.decisionMaker(), d.reportAuthor(), d.recommendations(), d.expenditure(),
                d.significantPublicInterest(), d.outcome(), d.decidedBy(), d.reasons(), d.signOffs(), d.publishedOn(),
                d.url(), List.copyOf(withheld));
    }

    static String groundInWords(String ground) {
        if (ground == null) {
            return "exempt information";
        }
        return switch (ground) {
            case "NATIONAL_SECURITY" -> "National security";
            case "SAFETY_OF_A_PERSON" -> "Safety of a person";
            case "PREVENTION_OR_DETECTION_OF_CRIME" -> "Prevention or detection of crime";
            case "PROHIBITED_BY_ENACTMENT" -> "Disclosure prohibited by an enactment";
            case "COMMERCIAL_SENSITIVITY" -> "Commercial sensitivity";
            default -> ground;
        };
    }
}
