package uk.police.collaboration.ledger.web.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

import java.util.List;

/**
 * What every filtered table (the registers, the programme list) puts on its page for the shared
 * filter, sort and paging markup (pages/fragments :: filters, choice, above, pagination): the words
 * searched, the sorts offered and chosen, one page of the matching rows, and the address that
 * paging, "clear" and the CSV download start from.
 */
final class Tables {

    private Tables() {
    }

    static <T> Paging show(Model model, HttpServletRequest request, String words, Choices sorts, String sort,
                           String pageText, List<T> matching) {
        model.addAttribute("sorts", sorts);
        model.addAttribute("sort", sort);
        return page(model, request, words, Paging.of(pageText, matching.size()), matching, "entries");
    }

    /** One page of the rows (under the given name), the words searched and the address paging starts from. */
    static <T> Paging page(Model model, HttpServletRequest request, String words, Paging paging, List<T> rows, String name) {
        model.addAttribute("q", words);
        model.addAttribute("paging", paging);
        model.addAttribute("here", Here.of(request));
        model.addAttribute(name, paging.cut(rows));
        return paging;
    }

    /** The programme a register is narrowed to, by its title where a row names it, shown with a "clear" link. */
    static void programme(Model model, String collaboration, String title) {
        model.addAttribute("collaboration", collaboration);
        model.addAttribute("programmeTitle", title == null ? collaboration : title);
    }
}
