package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import uk.police.collaboration.ledger.registers.SavingsRegister;
import uk.police.collaboration.ledger.registers.SavingsRegister.SavingsEntryView;
import uk.police.collaboration.ledger.shared.Money;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static uk.police.collaboration.ledger.web.pages.RegisterPages.blankToNull;

/**
 * The savings register across programmes, as the papers state the savings (public, like the other
 * registers): searched by keyword, filtered by the API's own parameters (collaboration,
 * financialYear, party) and by cashable or not, sorted, paged 50 lines at a time and downloadable as
 * CSV (format=csv: every matching line, not just the page).
 */
@Controller
class SavingsRegisterPage {

    static final Choices SORTS = Choices.of("programme", "Programme", "year", "Financial year",
            "party", "Party", "-amount", "Largest amount first");
    static final Choices CASHABLE = Choices.of("yes", "Cashable", "no", "Not cashable");

    private final SavingsRegister register;

    SavingsRegisterPage(SavingsRegister register) {
        this.register = register;
    }

    @GetMapping("/registers/savings")
    Object savings(@RequestParam(required = false) String collaboration, @RequestParam(required = false) String financialYear,
                   @RequestParam(required = false) String party, @RequestParam(required = false) String cashable,
                   @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                   @RequestParam(required = false) String page, @RequestParam(required = false) String format,
                   HttpServletRequest request, Model model) {
        String programme = blankToNull(collaboration);
        String year = blankToNull(financialYear);
        String partyId = blankToNull(party);
        String cash = CASHABLE.pick(cashable, null);
        String words = blankToNull(q);
        String order = SORTS.pick(sort, "programme");
        // The whole programme's lines (or every programme's) give the year and party choices, whatever is filtered.
        List<SavingsEntryView> all = register.entries(programme, null, null);
        List<SavingsEntryView> matching = all.stream()
                .filter(e -> year == null || year.equals(e.financialYear()))
                .filter(e -> partyId == null || partyId.equals(e.partyId()))
                .filter(e -> cash == null || e.cashable() == "yes".equals(cash))
                .filter(e -> words == null || Search.matches(words, e.programme(), e.title(), e.partyName(), e.category(), e.basis()))
                .sorted(order(order))
                .toList();
        if ("csv".equals(format)) {
            Csv csv = new Csv(List.of("Programme", "Programme id", "Savings", "Party", "Financial year", "Category", "Cashable",
                    "Amount", "Set total (computed)", "Set total (paper)", "Totals differ"));
            matching.forEach(e -> csv.row(List.of(e.programme(), e.collaborationId(), n(e.title()), n(e.partyName()),
                    n(e.financialYear()), n(e.category()), e.cashable() ? "yes" : "no", pounds(e.amount()),
                    pounds(e.setComputedTotal()), pounds(e.setStatedTotal()), e.setTotalDiffers() ? "yes" : "no")));
            return csv.download("savings.csv");
        }
        Map<String, String> parties = new LinkedHashMap<>();
        all.stream().sorted(Comparator.comparing(e -> n(e.partyName()), RegisterPages.collator()))
                .forEach(e -> parties.putIfAbsent(e.partyId(), n(e.partyName())));
        Tables.programme(model, programme, all.stream().findFirst().map(SavingsEntryView::programme).orElse(null));
        model.addAttribute("years", Choices.from(all.stream().map(SavingsEntryView::financialYear).filter(Objects::nonNull)
                .distinct().sorted().toList(), y -> y));
        model.addAttribute("financialYear", year);
        model.addAttribute("parties", Choices.from(parties.keySet(), parties::get));
        model.addAttribute("party", partyId);
        model.addAttribute("cashables", CASHABLE);
        model.addAttribute("cashable", cash);
        Tables.show(model, request, words, SORTS, order, page, matching);
        return "pages/register-savings";
    }

    private static Comparator<SavingsEntryView> order(String sort) {
        Collator uk = RegisterPages.collator();
        Comparator<SavingsEntryView> byProgramme = Comparator.comparing((SavingsEntryView e) -> n(e.programme()), uk)
                .thenComparing(e -> n(e.title()), uk);
        // A line with no year stated sorts after every year.
        Comparator<SavingsEntryView> byYear = Comparator.comparing(SavingsEntryView::financialYear,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (sort) {
            case "year" -> byYear.thenComparing(byProgramme);
            case "party" -> Comparator.comparing((SavingsEntryView e) -> n(e.partyName()), uk).thenComparing(byProgramme);
            case "-amount" -> Comparator.comparing((SavingsEntryView e) -> e.amount() == null ? Money.ZERO : e.amount(),
                    Comparator.reverseOrder()).thenComparing(byProgramme);
            // The register's own order within a set (as the paper lists its lines) is kept: the sort is stable.
            default -> byProgramme;
        };
    }

    static String pounds(Money money) {
        return money == null ? "" : money.pounds().toPlainString();
    }

    private static String n(String text) {
        return text == null ? "" : text;
    }
}
