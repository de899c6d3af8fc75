package uk.police.collaboration.ledger.journal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.foi.DecisionHistoryView;
import uk.police.collaboration.ledger.foi.DecisionHistoryView.WithheldView;
import uk.police.collaboration.ledger.foi.DecisionHistories;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView;
import uk.police.collaboration.ledger.programme.ProgrammeQueries;
import uk.police.collaboration.ledger.registers.Registers;
import uk.police.collaboration.ledger.registers.SavingsRegister;
import uk.police.collaboration.ledger.registers.SavingsRegister.SavingsEntryView;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** After the first run on an empty ledger, the public, FOI officers, boards and auditors each find something real. */
@LedgerIntegrationTest
class FreshLedgerStoryTest {

    @Autowired
    Registers registers;
    @Autowired
    DecisionHistories histories;
    @Autowired
    SavingsRegister savings;
    @Autowired
    ProgrammeQueries programmes;

    @Test
    void thePublicRegisterHoldsThePublishedDecisionNoticesOfThePapers() throws InterruptedException {
        awaitSeeded();
        assertThat(registers.decisions(null, null, null, Clearance.PUBLIC))
                .extracting(entry -> entry.decision().reference())
                .contains("PFCC/100/2018", "D09-2018", "ILLUSTRATIVE/001/2019")
                .doesNotContain("ILLUSTRATIVE/002/2019");
    }

    @Test
    void anFoiPackHoldsAWithheldItemWithItsExemptionFromTheIllustrativeJournalOnly() throws InterruptedException {
        awaitSeeded();
        DecisionHistoryView pack = histories.history(null, null, null, Clearance.FOI);
        assertThat(pack.decisions()).isNotEmpty();
        assertThat(pack.withheld()).extracting(WithheldView::reference).containsOnly("ILLUSTRATIVE/001/2019");
        assertThat(pack.withheld()).extracting(WithheldView::exemption).contains("s.43(2) FOIA - commercial interests");
    }

    @Test
    void theSavingsRegisterAddsTheEmsouTablesToThePapersTotal() throws InterruptedException {
        awaitSeeded();
        List<SavingsEntryView> formula = savings.entries("emsou-fs", null, null).stream()
                .filter(e -> e.savingsId().equals("emsou-fs-savings-funding-formula")).toList();
        assertThat(formula).hasSize(8);
        assertThat(formula.stream().map(SavingsEntryView::amount).reduce(Money.ZERO, Money::plus))
                .isEqualTo(Money.of("553203.00"));
        assertThat(formula).allSatisfy(e -> assertThat(e.setTotalDiffers()).isFalse());
        assertThat(savings.entries(null, null, "lincolnshire-police")).extracting(SavingsEntryView::amount)
                .contains(Money.of("219505.00"), Money.of("38953.00"));
    }

    @Test
    void aBoardSeesTheEssexTotalsFlaggedAndTheSohPriceNotYetConfirmed() throws InterruptedException {
        awaitSeeded();
        ProgrammeDetailsView essex = programmes.current("essex-contact-management", Clearance.BOARD).details();
        assertThat(essex.statedTotals().get(0).differs()).isTrue();
        assertThat(essex.statedTotals().get(0).current().difference()).isEqualTo(Money.of("1000.00"));
        ProgrammeDetailsView soh = programmes.current("gloucestershire-single-online-home", Clearance.BOARD).details();
        assertThat(soh.priceRanges().get(0).status()).isEqualTo("NOT_YET_CONFIRMED");
    }

    @Test
    void anAuditorStepsAsOfThroughTheIllustrativeRiskRatings() throws InterruptedException {
        awaitSeeded();
        String id = "illustrative-regional-training";
        assertThat(programmes.asOf(id, LocalDate.parse("2019-04-30"), null, Clearance.AUDITOR).risks().get(0).likelihood())
                .isEqualTo("Medium");
        assertThat(programmes.asOf(id, LocalDate.parse("2019-06-30"), null, Clearance.AUDITOR).risks().get(0).likelihood())
                .isEqualTo("High");
        assertThat(programmes.asOf(id, LocalDate.parse("2019-12-31"), null, Clearance.AUDITOR).risks().get(0).likelihood())
                .isEqualTo("Low");
    }

    /** The read side fills in the background: wait until the last fact of each journal used here is visible. */
    private void awaitSeeded() throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            try {
                if (programmes.current("illustrative-regional-training", Clearance.AUDITOR).agreements().stream()
                        .anyMatch(a -> a.parties().size() == 4)
                        && !programmes.current("essex-contact-management", Clearance.AUDITOR).details().statedTotals().isEmpty()
                        && !programmes.current("gloucestershire-single-online-home", Clearance.AUDITOR).details().priceRanges().isEmpty()
                        && savings.entries("emsou-fs", null, null).size() == 16
                        && registers.decisions(null, null, null, Clearance.PUBLIC).size() >= 3) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // the projection has not reached every seed programme yet
            }
            Thread.sleep(200);
        }
    }
}
