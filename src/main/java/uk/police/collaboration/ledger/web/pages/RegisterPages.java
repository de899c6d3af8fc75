package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.registers.Registers;
import uk.police.collaboration.ledger.registers.Registers.AgreementEntryView;
import uk.police.collaboration.ledger.registers.Registers.DecisionEntryView;
import uk.police.collaboration.ledger.timeline.TimelineQueries;

import java.text.Collator;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The registers across programmes: decisions (published ones only for the public) and agreements in
 * force; each searchable by reference and keyword, filtered, sorted, paged 50 rows at a time and
 * downloadable as CSV (format=csv: every matching row, not just the page). The programme and period
 * filters are the API's own parameters (collaboration, from, to).
 */
@Controller
class RegisterPages {

    static final Choices DECISION_SORTS = Choices.of("date", "Date, oldest first", "-date", "Date, newest first",
            "reference", "Reference", "programme", "Programme");
    static final Choices AGREEMENT_SORTS = Choices.of("programme", "Programme", "title", "Title",
            "inForce", "In force, oldest first", "-inForce", "In force, newest first");
    static final Choices OUTCOMES = Choices.of("AGREED", "Agreed", "NOT_AGREED", "Not agreed", "NONE", "Not yet decided");
    static final Choices PUBLICATIONS = Choices.of("PUBLISHED", "Published", "FOR_PUBLICATION", "For publication",
            "NOT_FOR_PUBLICATION", "Not for publication", "NOT_DECIDED", "Not decided");

    private final Registers registers;
    private final TimelineQueries timelines;

    RegisterPages(Registers registers, TimelineQueries timelines) {
        this.registers = registers;
        this.timelines = timelines;
    }

    @GetMapping("/registers/decisions")
    Object decisions(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String from,
                     @RequestParam(required = false) String to, @RequestParam(required = false) String q,
                     @RequestParam(required = false) String outcome, @RequestParam(required = false) String publication,
                     @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                     @RequestParam(required = false) String format, HttpServletRequest request, Model model) {
        Viewer viewer = Viewer.of(request);
        Period period = Period.read(from, to);
        String programme = blankToNull(collaboration);
        String words = blankToNull(q);
        String order = DECISION_SORTS.pick(sort, "date");
        List<DecisionEntryView> all = period.errors().any() ? List.of()
                : registers.decisions(programme, period.from(), period.to(), viewer.clearance());
        List<DecisionEntryView> matching = all.stream()
                .filter(e -> words == null || matches(words, e))
                .filter(e -> blankToNull(outcome) == null || outcome.equals(e.decision().outcome() == null ? "NONE" : e.decision().outcome()))
                .filter(e -> blankToNull(publication) == null || publication.equals(e.decision().publicationStatus()))
                .sorted(decisionOrder(order))
                .toList();
        if ("csv".equals(format)) {
            Csv csv = new Csv(List.of("Date", "Reference", "Title", "Programme", "Decision maker", "Expenditure",
                    "Significant public interest", "Outcome", "Publication", "Published on", "URL"));
            matching.forEach(e -> {
                DecisionView d = e.decision();
                csv.row(List.of(s(e.decisionDate()), d.reference(), n(d.title()), n(e.programme()), n(d.decisionMaker()),
                        d.expenditure() == null ? "" : d.expenditure().pounds().toPlainString(),
                        d.significantPublicInterest() ? "yes" : "no", n(d.outcome()), n(d.publicationStatus()),
                        s(d.publishedOn()), n(d.url())));
            });
            return csv.download("decisions.csv");
        }
        model.addAttribute("period", period);
        model.addAttribute("errors", period.errors());
        Tables.programme(model, programme, all.stream().findFirst().map(DecisionEntryView::programme).orElse(null));
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("outcome", blankToNull(outcome));
        model.addAttribute("publications", PUBLICATIONS);
        model.addAttribute("publication", blankToNull(publication));
        Tables.show(model, request, words, DECISION_SORTS, order, page, matching);
        return "pages/register-decisions";
    }

    /** One decision on a page of its own, as far as the reader is cleared (the public: published decisions only). */
    @GetMapping("/registers/decision")
    String decision(@RequestParam(required = false) String reference, HttpServletRequest request, Model model) {
        Viewer viewer = Viewer.of(request);
        String ref = blankToNull(reference);
        DecisionEntryView entry = ref == null ? null : registers.decisions(null, null, null, viewer.clearance()).stream()
                .filter(e -> ref.equals(e.decision().reference())).findFirst().orElse(null);
        if (entry == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such decision");
        }
        model.addAttribute("e", entry);
        model.addAttribute("d", entry.decision());
        model.addAttribute("provenance", viewer.seesProgrammes() ? new Provenance(timelines.timeline(entry.collaborationId(),
                null, null, java.util.Set.of(), 0, 100_000, viewer.clearance())) : null);
        return "pages/decision";
    }

    @GetMapping("/registers/agreements")
    Object agreements(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String q,
                      @RequestParam(required = false) String kind, @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String page, @RequestParam(required = false) String format,
                      HttpServletRequest request, Model model) {
        Viewer viewer = Viewer.of(request);
        String words = blankToNull(q);
        String order = AGREEMENT_SORTS.pick(sort, "programme");
        List<AgreementEntryView> all = registers.agreements(blankToNull(collaboration), viewer.clearance());
        List<AgreementEntryView> matching = all.stream()
                .filter(e -> words == null || Search.matches(words, e.title(), e.agreementId(), e.programme(), e.kind(),
                        e.parties().stream().map(p -> p.name() + " " + (p.signatory() == null ? "" : p.signatory())).collect(Collectors.joining(" "))))
                .filter(e -> blankToNull(kind) == null || kind.equals(e.kind()))
                .sorted(agreementOrder(order))
                .toList();
        if ("csv".equals(format)) {
            Csv csv = new Csv(List.of("Agreement", "Id", "Kind", "Legally binding", "Programme", "In force since", "Parties and signatures"));
            matching.forEach(e -> csv.row(List.of(n(e.title()), e.agreementId(), n(e.kind()), e.legallyBinding() ? "yes" : "no",
                    n(e.programme()), s(e.inForceSince()), e.parties().stream()
                            .map(p -> p.name() + (p.signedOn() != null ? ": signed " + p.signedOn() + (p.signatory() != null ? " by " + p.signatory() : "") : ""))
                            .collect(Collectors.joining("; ")))));
            return csv.download("agreements-in-force.csv");
        }
        Tables.programme(model, blankToNull(collaboration), all.stream().findFirst().map(AgreementEntryView::programme).orElse(null));
        model.addAttribute("kinds", Choices.from(all.stream().map(AgreementEntryView::kind).distinct().sorted().toList(), Fmt::wordsOf));
        model.addAttribute("kind", blankToNull(kind));
        Tables.show(model, request, words, AGREEMENT_SORTS, order, page, matching);
        return "pages/register-agreements";
    }

    static boolean matches(String words, DecisionEntryView e) {
        DecisionView d = e.decision();
        return Search.matches(words, d.reference(), d.title(), e.programme(), d.decisionMaker(), d.reportAuthor(),
                d.reasons(), String.join(" ", d.recommendations()));
    }

    private static Comparator<DecisionEntryView> decisionOrder(String sort) {
        Collator uk = collator();
        Comparator<DecisionEntryView> byDate = Comparator.comparing(DecisionEntryView::decisionDate,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<DecisionEntryView> byReference = Comparator.comparing(e -> e.decision().reference(), uk);
        return switch (sort) {
            case "-date" -> Comparator.comparing(DecisionEntryView::decisionDate, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
                    .thenComparing(byReference);
            case "reference" -> byReference;
            case "programme" -> Comparator.comparing((DecisionEntryView e) -> n(e.programme()), uk).thenComparing(byDate);
            default -> byDate.thenComparing(byReference);
        };
    }

    private static Comparator<AgreementEntryView> agreementOrder(String sort) {
        Collator uk = collator();
        Comparator<AgreementEntryView> byTitle = Comparator.comparing(e -> n(e.title()), uk);
        return switch (sort) {
            case "title" -> byTitle;
            case "inForce" -> Comparator.comparing(AgreementEntryView::inForceSince, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(byTitle);
            case "-inForce" -> Comparator.comparing(AgreementEntryView::inForceSince, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(byTitle);
            default -> Comparator.comparing((AgreementEntryView e) -> n(e.programme()), uk).thenComparing(byTitle);
        };
    }

    static Collator collator() {
        Collator uk = Collator.getInstance(Locale.UK);
        uk.setStrength(Collator.SECONDARY);
        return uk;
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String n(String text) {
        return text == null ? "" : text;
    }

    private static String s(Object value) {
        return value == null ? "" : value.toString();
    }
}
