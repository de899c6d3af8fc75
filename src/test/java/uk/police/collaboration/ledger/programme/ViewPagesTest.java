package uk.police.collaboration.ledger.programme;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.readside.ReadRefused;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The long sections of a view, cut to their first page and paged through, for a programme with five risks. */
class ViewPagesTest {

    private static final String P = "'collaborationId':'" + Events.PROGRAMME + "'";

    private final ProgrammeView view = view();

    private static ProgrammeView view() {
        Events events = Events.registered();
        for (int i = 0; i < 5; i++) {
            events.add("RiskRaised", "2018-01-0" + (i + 1), "2018-01-11T00:00:0" + i + "Z", "{" + P + ",'riskId':'r" + i
                    + "','label':'a','description':'Risk " + i + "','likelihood':'Medium','impact':'High','owner':'PCC'}");
        }
        return ProgrammeFold.withDefaultThreshold().asOf(events.list(), LocalDate.parse("2018-02-01"), null,
                LocalDate.parse("2018-02-01")).orElseThrow();
    }

    @Test
    void theFirstPagesHoldSizeItemsOfEachLongSectionAndTheRestOfTheViewWhole() {
        ViewPages.PagedProgrammeView paged = ViewPages.firstPages(view, 2);
        assertThat(paged.view().risks()).extracting(ProgrammeView.RiskView::riskId).containsExactly("r0", "r1");
        assertThat(paged.view().parties()).isEqualTo(view.parties());
        assertThat(paged.pages().get("risks")).isEqualTo(new ViewPages.SectionTotal(5, 2,
                "/api/collaborations/" + Events.PROGRAMME + "?section=risks&page=1&size=2&asOf=2018-02-01"));
        assertThat(paged.pages().get("decisions")).isEqualTo(new ViewPages.SectionTotal(0, 0, null));
        assertThat(paged.pages().keySet()).containsExactlyElementsOf(ViewPages.sectionNames());
        assertThat(ViewPages.firstPages(view, 5).view()).as("nothing cut when all fit").isEqualTo(view);
    }

    @Test
    void followingTheNextLinksReadsEachItemOnceInOrder() {
        List<String> read = new ArrayList<>();
        int page = 0;
        ViewPages.SectionPageView current;
        do {
            current = ViewPages.section(view, "risks", page++, 2);
            current.items().forEach(item -> read.add(((ProgrammeView.RiskView) item).riskId()));
            assertThat(current.total()).isEqualTo(5);
        } while (current.next() != null);
        assertThat(read).containsExactly("r0", "r1", "r2", "r3", "r4");
        assertThat(page).isEqualTo(3);
        assertThat(ViewPages.section(view, "risks", 7, 2).items()).as("past the end").isEmpty();
    }

    @Test
    void anUnknownSectionIsRefusedNamingTheSectionsThereAre() {
        assertThatThrownBy(() -> ViewPages.section(view, "everything", 0, 2)).isInstanceOf(ReadRefused.class)
                .hasMessageContaining("risks");
    }
}
