package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.collaboration.ledger.registers.Registers;
import uk.police.collaboration.ledger.registers.Registers.FundingEntryView;
import uk.police.collaboration.ledger.shared.Money;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;

import static uk.police.collaboration.ledger.web.pages.RegisterPages.blankToNull;
import static uk.police.collaboration.ledger.web.pages.SavingsRegisterPage.pounds;

/**
 * The funding register across programmes (public, like the other registers), in two tables: the
 * shared model, and money outside it (one party's own contributions, income received), so no reader
 * adds the second into the first's totals. Searched by keyword, filtered by the API's own parameters
 * (collaboration, financialYear) and by kind, sorted, paged 50 lines at a time (the shared lines come
 * first, so a page splits into the two tables without mixing them) and downloadable as CSV
 * (format=csv: every matching line, with its kind).
 */
@Controller
class FundingRegisterPage {

    static final Choices SORTS = Choices.of("programme", "Programme", "year", "Financial year",
            "-amount", "Largest amount first");
    static final Choices KINDS = Choices.of("SHARED", "Shared funding", "DIRECT_CONTRIBUTION", "Direct contribution",
            "INCOME", "Income");

    private final Registers registers;

    FundingRegisterPage(Registers registers) {
        this.registers = registers;
    }

    @GetMapping("/registers/funding")
    Object funding(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String financialYear,
                   @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                   @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
                   @RequestParam(required = false) String format, HttpServletRequest request, Model model) {
        String programme = blankToNull(collaboration);
        String year = blankToNull(financialYear);
        String only = KINDS.pick(kind, null);
        String words = blankToNull(q);
        String order = SORTS.pick(sort, "programme");
        List<FundingEntryView> all = registers.funding(programme, null, Viewer.of(request).clearance());
        List<FundingEntryView> matching = all.stream()
                .filter(e -> year == null || year.equals(e.financialYear()))
                .filter(e -> only == null || only.equals(e.kind()))
                .filter(e -> words == null || Search.matches(words, e.programme(), e.partyName(), e.costSharingModel(),
                        e.receivedFrom(), e.description(), e.recordId()))
                .sorted(Comparator.comparing((FundingEntryView e) -> !shared(e)).thenComparing(order(order)))
                .toList();
        if ("csv".equals(format)) {
            Csv csv = new Csv(List.of("Programme", "Programme id", "Financial year", "Kind", "Party", "Share",
                    "Cost-sharing model", "Model lapsed", "Requested", "Allocated", "Amount", "Received from", "Description"));
            matching.forEach(e -> csv.row(List.of(e.programme(), e.collaborationId(), n(e.financialYear()), e.kind(),
                    n(e.partyName()), e.share() == null ? "" : e.share().value().toPlainString(), n(e.costSharingModel()),
                    shared(e) ? (e.costSharingModelLapsed() ? "yes" : "no") : "", pounds(e.requested()), pounds(e.allocated()),
                    pounds(e.amount()), n(e.receivedFrom()), n(e.description()))));
            return csv.download("funding.csv");
        }
        Tables.programme(model, programme, all.stream().findFirst().map(FundingEntryView::programme).orElse(null));
        model.addAttribute("years", Choices.from(all.stream().map(FundingEntryView::financialYear).distinct().sorted().toList(), y -> y));
        model.addAttribute("financialYear", year);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("kind", only);
        Paging paging = Tables.show(model, request, words, SORTS, order, page, matching);
        List<FundingEntryView> shown = paging.cut(matching);
        model.addAttribute("shared", shown.stream().filter(FundingRegisterPage::shared).toList());
        model.addAttribute("outside", shown.stream().filter(e -> !shared(e)).toList());
        return "pages/register-funding";
    }

    private static boolean shared(FundingEntryView e) {
        return "SHARED".equals(e.kind());
    }

    private static Comparator<FundingEntryView> order(String sort) {
        Collator uk = RegisterPages.collator();
        Comparator<FundingEntryView> byProgramme = Comparator.comparing((FundingEntryView e) -> n(e.programme()), uk)
                .thenComparing(e -> n(e.financialYear()));
        return switch (sort) {
            case "year" -> Comparator.comparing((FundingEntryView e) -> n(e.financialYear())).thenComparing(byProgramme);
            case "-amount" -> Comparator.comparing(FundingRegisterPage::sum, Comparator.reverseOrder()).thenComparing(byProgramme);
            // Within a programme and year the register's own order (the whole year, then each party) is kept: the sort is stable.
            default -> byProgramme;
        };
    }

    /** The money a line is about: what was allocated on a shared line, the amount of one outside the model. */
    private static Money sum(FundingEntryView e) {
        Money money = shared(e) ? e.allocated() : e.amount();
        return money == null ? Money.ZERO : money;
    }

    private static String n(String text) {
        return text == null ? "" : text;
    }
}
