package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.police.collaboration.ledger.programme.ProgrammeQueries;
import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.readside.ReadRefused;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** The programme list and one programme's page: current, or as of a date as known at an instant. */
@Controller
class ProgrammePages {

    private final ProgrammeQueries queries;

    ProgrammePages(ProgrammeQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/programmes")
    String list(HttpServletRequest request, Model model) {
        Viewer viewer = requireProgrammes(request);
        model.addAttribute("programmes", queries.list(viewer.clearance()));
        return "pages/programmes";
    }

    @GetMapping("/programmes/{id}")
    String one(@PathVariable String id, @RequestParam(required = false) String asOf,
               @RequestParam(required = false) String knownAt, HttpServletRequest request, Model model) {
        Viewer viewer = requireProgrammes(request);
        Clock clock = Clock.read(asOf, knownAt);
        model.addAttribute("clock", clock);
        model.addAttribute("errors", clock.errors());
        ProgrammeView view;
        try {
            view = queries.asOf(id, clock.asOf(), clock.knownAt(), viewer.clearance());
        } catch (ReadRefused refused) {
            if (refused.status() == 404) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND, refused.getMessage());
            }
            throw refused;
        }
        model.addAttribute("p", view);
        LocalDate day = clock.asOf() != null ? clock.asOf() : LocalDate.now(Fmt.UK);
        model.addAttribute("approvedOptions", view.appraisals().stream()
                .flatMap(a -> a.options().stream().filter(o -> "APPROVED".equals(o.status()))
                        .map(o -> new ApprovedOption(a, o))).toList());
        model.addAttribute("openRisks", view.risks().stream().filter(r -> "OPEN".equals(r.status())).toList());
        List<ProgrammeView.MilestoneView> milestones = view.milestones().stream()
                .sorted(Comparator.comparing(ProgrammeView.MilestoneView::plannedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("milestones", milestones);
        List<ProgrammeView.DecisionView> decisions = view.decisions().stream()
                .sorted(Comparator.comparing(ProgrammeView.DecisionView::decisionDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("decisions", decisions);
        model.addAttribute("milestoneChart", Charts.milestones("milestone-chart",
                milestones.stream().map(m -> new Charts.MilestonePoint(m.title(), m.plannedOn(), m.originallyPlannedOn(),
                        m.achievedOn(), m.overdue())).toList(),
                decisions.stream().map(d -> new Charts.DecisionPoint(d.reference(), d.decisionDate())).toList(), day));
        model.addAttribute("fundingChart", Charts.funding("funding-chart", view.fundingByYear().stream()
                .map(y -> new Charts.FundingBar(y.financialYear(), amount(y.requested()), amount(y.allocated()))).toList()));
        return "pages/programme";
    }

    /** An approved option with the appraisal it settled. */
    public record ApprovedOption(ProgrammeView.AppraisalView appraisal, ProgrammeView.OptionView option) {
    }

    private static BigDecimal amount(uk.police.collaboration.ledger.shared.Money money) {
        return money == null ? BigDecimal.ZERO : money.pounds();
    }

    static Viewer requireProgrammes(HttpServletRequest request) {
        Viewer viewer = Viewer.of(request);
        if (!viewer.seesProgrammes()) {
            throw new ResponseStatusException(viewer.signedIn() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED);
        }
        return viewer;
    }
}
