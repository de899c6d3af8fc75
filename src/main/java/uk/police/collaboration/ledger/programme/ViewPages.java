package uk.police.collaboration.ledger.programme;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import uk.police.collaboration.ledger.readside.ReadRefused;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The long sections of a programme view, paged for the read API: a 10k-event programme's whole view
 * is megabytes of JSON, most of it in a few lists that grow with the programme. By default the view
 * holds the first page of each long list, with each list's total and the link to its next page; a
 * section's further pages are asked for by name ({@code ?section=risks&page=1&size=50}), in the
 * shape of the timeline's pages. The same selection answers both (the same {@code asOf} and
 * {@code knownAt}), so paging never mixes two states. Pages and exports in Java read the whole view.
 */
public final class ViewPages {

    /** As the timeline's pages. */
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 500;

    /** The long sections, in the order the view lists them. */
    static final Map<String, Function<ProgrammeView, List<?>>> SECTIONS = sections();

    private ViewPages() {
    }

    /** The names {@code section} takes. */
    public static List<String> sectionNames() {
        return List.copyOf(SECTIONS.keySet());
    }

    /**
     * The view with each long section cut to its first {@code size} items.
     *
     * @param pages per long section: how many it holds, how many are shown, and the next page (null: all shown)
     */
    public record PagedProgrammeView(@JsonUnwrapped ProgrammeView view, Map<String, SectionTotal> pages) {
    }

    public record SectionTotal(int total, int shown, String next) {
    }

    /** One page of one section: the items from {@code page × size}, and the link to the next page (null: the last). */
    public record SectionPageView(String collaborationId, String section, int page, int size, int total, List<?> items,
                                  String next) {
    }

    public static PagedProgrammeView firstPages(ProgrammeView v, int size) {
        Map<String, SectionTotal> pages = new LinkedHashMap<>();
        SECTIONS.forEach((name, section) -> {
            int total = section.apply(v).size();
            int shown = Math.min(total, size);
            pages.put(name, new SectionTotal(total, shown, shown < total ? link(v, name, 1, size) : null));
        });
        ProgrammeView cut = new ProgrammeView(v.collaborationId(), v.title(), v.scope(), v.leadPartyId(), v.leadOfficer(),
                v.registeredOn(), v.status(), v.governance(), v.parties(), v.workstreams(), first(v.appraisals(), size),
                first(v.businessCases(), size), first(v.agreements(), size), v.costSharing(), first(v.fundingRequests(), size),
                v.fundingByYear(), first(v.risks(), size), first(v.milestones(), size), first(v.decisions(), size),
                first(v.progress(), size), first(v.correctionsApplied(), size), v.lastChange(), v.asOf(), v.knownAt(),
                v.eventId(), v.details());
        return new PagedProgrammeView(cut, pages);
    }

    public static SectionPageView section(ProgrammeView v, String section, int page, int size) {
        Function<ProgrammeView, List<?>> of = SECTIONS.get(section);
        if (of == null) {
            throw ReadRefused.badParameter("section", "one of " + String.join(", ", SECTIONS.keySet()));
        }
        List<?> all = of.apply(v);
        long from = (long) page * size;
        List<?> items = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
        String next = from + size < all.size() ? link(v, section, page + 1, size) : null;
        return new SectionPageView(v.collaborationId(), section, page, size, all.size(), List.copyOf(items), next);
    }

    private static <T> List<T> first(List<T> list, int size) {
        return list.size() <= size ? list : List.copyOf(list.subList(0, size));
    }

    /** The next page's link, asking for the same selection (as of, known at) as the view. */
    private static String link(ProgrammeView v, String section, int page, int size) {
        StringBuilder link = new StringBuilder("/api/collaborations/")
                .append(URLEncoder.encode(v.collaborationId(), StandardCharsets.UTF_8))
                .append("?section=").append(section).append("&page=").append(page).append("&size=").append(size);
        if (v.asOf() != null) {
            link.append("&asOf=").append(v.asOf());
        }
        if (v.knownAt() != null) {
            link.append("&knownAt=").append(URLEncoder.encode(v.knownAt().toString(), StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    private static Map<String, Function<ProgrammeView, List<?>>> sections() {
        Map<String, Function<ProgrammeView, List<?>>> s = new LinkedHashMap<>();
        s.put("appraisals", ProgrammeView::appraisals);
        s.put("businessCases", ProgrammeView::businessCases);
        s.put("agreements", ProgrammeView::agreements);
        s.put("fundingRequests", ProgrammeView::fundingRequests);
        s.put("risks", ProgrammeView::risks);
        s.put("milestones", ProgrammeView::milestones);
        s.put("decisions", ProgrammeView::decisions);
        s.put("progress", ProgrammeView::progress);
        s.put("correctionsApplied", ProgrammeView::correctionsApplied);
        return java.util.Collections.unmodifiableMap(s);
    }
}
