package uk.police.collaboration.ledger.readside;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.programme.ProgrammeQueries;
import uk.police.collaboration.ledger.registers.Registers;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;
import uk.police.collaboration.ledger.timeline.TimelineQueries;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Authorisation where the data is read, not only at the door: the query services themselves
 * refuse a reader whose clearance does not reach, whichever path calls them (API, pages, CLI).
 */
@LedgerIntegrationTest
class QueriesCheckClearanceTest {

    static final String SEEDED = "essex-contact-management";

    @Autowired
    ProgrammeQueries programmes;
    @Autowired
    TimelineQueries timelines;
    @Autowired
    Registers registers;

    @Test
    void aProgrammeIsInvisibleToPublicAndFoiReadersAtTheQueryItself() throws InterruptedException {
        awaitSeeded();
        for (Clearance clearance : new Clearance[]{Clearance.PUBLIC, Clearance.FOI}) {
            assertThat(programmes.list(clearance)).as("%s list", clearance).isEmpty();
            assertThatThrownBy(() -> programmes.current(SEEDED, clearance)).as("%s current", clearance)
                    .isInstanceOf(ReadRefused.class);
            assertThatThrownBy(() -> timelines.timeline(SEEDED, null, null, Set.of(), 0, 50, clearance))
                    .as("%s timeline", clearance).isInstanceOf(ReadRefused.class);
        }
        assertThat(programmes.current(SEEDED, Clearance.BOARD).collaborationId()).isEqualTo(SEEDED);
    }

    @Test
    void unpublishedDecisionsStayOutOfThePublicRegisterAtTheQueryItself() throws InterruptedException {
        awaitSeeded();
        // The illustrative demo journal holds one published decision and one not for publication.
        String illustrative = "illustrative-regional-training";
        assertThat(registers.decisions(illustrative, null, null, Clearance.PUBLIC))
                .extracting(entry -> entry.decision().reference()).containsExactly("ILLUSTRATIVE/001/2019");
        assertThat(registers.decisions(illustrative, null, null, Clearance.BOARD))
                .extracting(entry -> entry.decision().reference())
                .contains("ILLUSTRATIVE/001/2019", "ILLUSTRATIVE/002/2019");
    }

    private void awaitSeeded() throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            try {
                if (!registers.decisions(SEEDED, null, null, Clearance.AUDITOR).isEmpty()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the projection has not reached the seed programme yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("seed programme " + SEEDED + " never reached the read side");
    }
}
