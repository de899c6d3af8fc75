package uk.police.collaboration.ledger.foi;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.foi.DecisionHistoryView.ReleasedDecisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartTwoView;
import uk.police.collaboration.ledger.programme.ProgrammeView.RedactionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.SignOffView;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionHistoryFormatsTest {

    private static final String PASSAGE = "Names of the two members of staff";
    private static final String PART_TWO = "Supplier prices of £45,704.63";

    static DecisionView decision() {
        return new DecisionView("PFCC/100/2018", "Contact management <change>", "PFCC", "Author", null,
                List.of("Approve; see " + PASSAGE, "-1 + 2"), Money.of("188000.00"), false, null, true, List.of(), List.of(),
                List.of(), LocalDate.parse("2018-06-20"), List.of(new SignOffView("TREASURER", "Abbey Gough", LocalDate.parse("2018-06-22"), "e")),
                "AGREED", "R.C. Hirst", "=SUM(A1:A9), I agree", LocalDate.parse("2018-06-25"), "PUBLISHED", null,
                LocalDate.parse("2018-06-26"), null,
                List.of(new RedactionView("r1", "Appendix", PASSAGE, "s.40 FOIA personal information", "COMPLETED", "D", "CHIEF_EXECUTIVE", "e")),
                List.of(new PartTwoView("p1", "COMMERCIAL_SENSITIVITY", PART_TWO, "e")), "e");
    }

    static DecisionHistoryView history() {
        ProgrammeView programme = new ProgrammeView("essex", "Essex contact management", null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(decision()), List.of(), List.of(), null, null, null, "e", null);
        ReleasedDecisionView released = DecisionHistories.release(programme, decision());
        return new DecisionHistoryView("Decision history", "essex", programme.title(), null, null, List.of(released),
                released.withheld());
    }

    @Test
    void aReleasedDecisionCarriesTheRedactionMarkerAndListsWhatWasWithheld() {
        ReleasedDecisionView released = history().decisions().get(0);
        assertThat(released.recommendations().get(0)).isEqualTo("Approve; see [Redacted: s.40 FOIA personal information]");
        assertThat(released.withheld()).extracting(DecisionHistoryView.WithheldView::exemption)
                .containsExactly("s.40 FOIA personal information", "Commercial sensitivity");
        assertThat(released.toString()).doesNotContain(PASSAGE).doesNotContain(PART_TWO);
    }

    @Test
    void csvQuotesByRfc4180AndDisarmsFormulas() {
        assertThat(DecisionHistoryFormats.cell("plain")).isEqualTo("plain");
        assertThat(DecisionHistoryFormats.cell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(DecisionHistoryFormats.cell("=SUM(A1)")).isEqualTo("\"'=SUM(A1)\"");
        assertThat(DecisionHistoryFormats.cell("@cmd")).isEqualTo("\"'@cmd\"");
        assertThat(DecisionHistoryFormats.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(DecisionHistoryFormats.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(DecisionHistoryFormats.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
        String csv = DecisionHistoryFormats.csv(history());
        assertThat(csv).contains("\"'=SUM(A1:A9), I agree\"").doesNotContain(PASSAGE).doesNotContain(PART_TWO);
        assertThat(csv.split("\r\n")).hasSize(2);
    }

    @Test
    void theCsvOpensWithAByteOrderMarkSoThatSpreadsheetsReadThePoundSign() {
        String csv = DecisionHistoryFormats.csv(history());
        assertThat(csv).startsWith(DecisionHistoryFormats.BOM + "Programme,Reference,Title").contains("188000.00");
    }
}
