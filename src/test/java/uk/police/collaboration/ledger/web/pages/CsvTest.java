package uk.police.collaboration.ledger.web.pages;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The CSV downloads' cells: formula-safe, yet a negative amount stays a number a spreadsheet adds up. */
class CsvTest {

    @Test
    void aCellAFormulaCouldStartWithIsWrittenAsText() {
        assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.cell("+44 1234")).isEqualTo("\"'+44 1234\"");
        assertThat(Csv.cell("-1+2")).isEqualTo("\"'-1+2\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
    }

    @Test
    void aPlainNegativeAmountStaysANumber() {
        assertThat(Csv.cell("-3300.00")).isEqualTo("-3300.00");
        assertThat(Csv.cell("-12")).isEqualTo("-12");
        assertThat(Csv.cell("-3300.001")).isEqualTo("\"'-3300.001\"");
    }
}
