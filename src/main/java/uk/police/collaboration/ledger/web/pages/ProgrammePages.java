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
import uk.police.collaboration.ledger.timeline.TimelineQueries;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The programme list and one programme's page: current, or as of a date as known at an instant. */
@Controller
class ProgrammePages {

    private final ProgrammeQueries queries;
    private final TimelineQueries timelines;

    ProgrammePages(ProgrammeQueries queries, TimelineQueries timelines) {
        this.queries = queries;
        this.timelines = timelines;
    }

    /** Sort orders of the programme list: the title by the UK's collation ("Eastern" before "EMSOU"), or a figure. */
    static final Choices SORTS = Choices.of("title", "Title (A to Z)", "lastChange", "Last change, newest first",
            "openRisks", "Most open risks", "overdue", "Most overdue milestones", "committed", "Most funding committed");
    static final Choices STATUSES = Choices.of("ACTIVE", "Active", "CLOSED", "Closed");

    @GetMapping("/programmes")
    Object list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                @RequestParam(required = false) String format,
                HttpServletRequest request, Model model) {
        Viewer viewer = requireProgrammes(request);
        LocalDate today = LocalDate.now(Fmt.UK);
        String words = RegisterPages.blankToNull(q);
        String state = RegisterPages.blankToNull(status);
        String order = SORTS.pick(sort, "title");
        List<ProgrammeGlance> all = queries.list(viewer.clearance()).stream()
                .map(s -> ProgrammeGlance.of(queries.current(s.collaborationId(), viewer.clearance()), today))
                .toList();
        List<ProgrammeGlance> shown = all.stream()
                .filter(g -> state == null || state.equalsIgnoreCase(g.status()))
                .filter(g -> words == null || Search.matches(words, g.title(), g.collaborationId(), g.partyNames()))
                .sorted(order(order))
                .toList();
        if ("csv".equals(format)) {
            Csv csv = new Csv(List.of("Programme", "Id", "Status", "Outcome", "Parties", "Open risks", "Overdue milestones",
                    "Decisions awaiting sign-off", "Decisions awaiting publication", "Next milestone", "Next milestone planned",
                    "Funding committed", "Last change happened", "Last change recorded"));
            shown.forEach(g -> csv.row(List.of(g.title(), g.collaborationId(), n(g.status()), n(g.outcome()), g.partyNames(),
                    "" + g.openRisks(), "" + g.overdueMilestones(), "" + g.awaitingSignOff(), "" + g.awaitingPublication(),
                    g.nextMilestone() == null ? "" : g.nextMilestone().title(),
                    g.nextMilestone() == null ? "" : String.valueOf(g.nextMilestone().plannedOn()),
                    g.committed().pounds().toPlainString(),
                    g.lastChange() == null ? "" : String.valueOf(g.lastChange().effectiveOn()),
                    g.lastChange() == null ? "" : String.valueOf(g.lastChange().recordedAt()))));
            return csv.download("programmes.csv");
        }
        Tables.show(model, request, words, SORTS, order, page, shown);
        model.addAttribute("total", all.size());
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("status", state);
        model.addAttribute("totals", new Totals(all.stream().mapToInt(ProgrammeGlance::openRisks).sum(),
                all.stream().mapToInt(ProgrammeGlance::overdueMilestones).sum(),
                all.stream().mapToInt(ProgrammeGlance::awaitingSignOff).sum(),
                all.stream().mapToInt(ProgrammeGlance::awaitingPublication).sum(),
                all.stream().map(ProgrammeGlance::committed).reduce(uk.police.collaboration.ledger.shared.Money.ZERO,
                        uk.police.collaboration.ledger.shared.Money::plus)));
        return "pages/programmes";
    }

    /** The figures across every programme the reader may see, above the list. */
    public record Totals(int openRisks, int overdueMilestones, int awaitingSignOff, int awaitingPublication,
                         uk.police.collaboration.ledger.shared.Money committed) {
    }

    private static Comparator<ProgrammeGlance> order(String sort) {
        Collator uk = Collator.getInstance(Locale.UK);
        uk.setStrength(Collator.SECONDARY);
        Comparator<ProgrammeGlance> byTitle = Comparator.comparing(ProgrammeGlance::title, uk);
        return switch (sort) {
            case "lastChange" -> Comparator.comparing((ProgrammeGlance g) -> g.lastChange() == null ? Instant.MIN
                    : g.lastChange().recordedAt(), Comparator.reverseOrder()).thenComparing(byTitle);
            case "openRisks" -> Comparator.comparingInt(ProgrammeGlance::openRisks).reversed().thenComparing(byTitle);
            case "overdue" -> Comparator.comparingInt(ProgrammeGlance::overdueMilestones).reversed().thenComparing(byTitle);
            case "committed" -> Comparator.comparing((ProgrammeGlance g) -> g.committed().pounds(), Comparator.reverseOrder())
                    .thenComparing(byTitle);
            default -> byTitle;
        };
    }

    @GetMapping("/programmes/{id}")
    String one(@PathVariable String id, @RequestParam(required = false) String asOf,
               @RequestParam(required = false) String knownAt, HttpServletRequest request, Model model) {
        Viewer viewer = requireProgrammes(request);
        Clock clock = Clock.read(asOf, knownAt);
        model.addAttribute("clock", clock);
        model.addAttribute("errors", clock.errors());
        ProgrammeView view;
        Provenance provenance;
        try {
            view = queries.asOf(id, clock.asOf(), clock.knownAt(), viewer.clearance());
            provenance = new Provenance(timelines.timeline(id, null, null, Set.of(), 0, 100_000, viewer.clearance()));
        } catch (ReadRefused refused) {
            throw new ResponseStatusException(HttpStatus.valueOf(refused.status()), refused.getMessage());
        }
        model.addAttribute("p", view);
        model.addAttribute("provenance", provenance);
        LocalDate day = clock.asOf() != null ? clock.asOf() : LocalDate.now(Fmt.UK);
        model.addAttribute("glance", ProgrammeGlance.of(view, day));
        model.addAttribute("approvedOptions", view.appraisals().stream()
                .flatMap(a -> a.options().stream().filter(o -> "APPROVED".equals(o.status()))
                        .map(o -> new ApprovedOption(a, o))).toList());
        model.addAttribute("openRisks", view.risks().stream().filter(r -> "OPEN".equals(r.status())).toList());
        model.addAttribute("closedRisks", view.risks().stream().filter(r -> !"OPEN".equals(r.status())).toList());
        List<ProgrammeView.MilestoneView> milestones = view.milestones().stream()
                .sorted(Comparator.comparing(ProgrammeView.MilestoneView::plannedOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("milestones", milestones);
        List<ProgrammeView.DecisionView> decisions = view.decisions().stream()
                .sorted(Comparator.comparing(ProgrammeView.DecisionView::decisionDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        model.addAttribute("decisions", decisions);
        model.addAttribute("progress", view.progress().stream()
                .sorted(Comparator.comparing(ProgrammeView.ProgressView::effectiveOn, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
        model.addAttribute("workstreams", Workstreams.flatten(view.workstreams()));
        model.addAttribute("partyNames", view.parties().stream()
                .collect(java.util.stream.Collectors.toMap(ProgrammeView.PartyView::partyId, ProgrammeView.PartyView::name, (a, b) -> a)));
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

    private static String n(String text) {
        return text == null ? "" : text;
    }

    static Viewer requireProgrammes(HttpServletRequest request) {
        Viewer viewer = Viewer.of(request);
        if (!viewer.seesProgrammes()) {
            throw new ResponseStatusException(viewer.signedIn() ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED);
        }
        return viewer;
    }
}
