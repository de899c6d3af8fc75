package uk.police.collaboration.ledger.shared;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Money, percentages and ids accept their one written form and refuse every look-alike. */
class StrictValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.5", "188000.00", "99999999999999999.99", "-5.00"})
    void plainDecimalAmountsAreRead(String text) {
        assertThat(Money.of(text).toString()).isEqualTo(new java.math.BigDecimal(text).setScale(2).toPlainString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e400", "1E+3", "+100.00", " 100.00", "100.00 ", "١٠٠", "１００", "1,000.00", "100.001",
            "100.", ".50", "", "--1", "- 1", "+-1", "100000000000000000.00", "12345678901234567890123456789012345678901"})
    void anythingElseIsRefusedWithTheAmountCode(String text) {
        assertThatThrownBy(() -> Money.of(text)).isInstanceOfSatisfying(MalformedValue.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_AMOUNT"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "31.5", "33.3333", "100"})
    void percentagesWithUpToFourDecimalsAreRead(String text) {
        assertThat(Percent.of(text).value()).isEqualByComparingTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"33.33333", "1e1", "+5", "-0", " 5", "100.0001", "101", "1e-400"})
    void otherPercentagesAreRefused(String text) {
        assertThatThrownBy(() -> Percent.of(text)).isInstanceOfSatisfying(MalformedValue.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_PERCENTAGE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PFCC/100/2018", "D09-2018", "kent-police", "a", "seed-000-open-appraisal", "x.y_z:1", "A1/b2"})
    void recordIdsOfTheCatalogueShapeAreAccepted(String id) {
        RecordIdRule.checkId(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "PFCC/100/2018 ", " PFCC/100/2018", "<script>", "\u202Eabc", "kent police",
            "/etc/passwd", "a//b", "a/./b", "a/.b", "a\\b", "a/", "-a", "café", "a\u200Bb", "", "a..b"})
    void otherRecordIdsAreRefused(String id) {
        assertThatThrownBy(() -> RecordIdRule.checkId(id)).isInstanceOfSatisfying(MalformedValue.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_RECORD_ID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PFCC/100/2018", "Kent PDB 27/09/2017 Collaboration report",
            "East Midlands PCSB 20/04/2017 Chief Constable's report", "Cyngor Sir Gâr 3/2019", "TEST/1"})
    void paperReferencesAreAccepted(String reference) {
        RecordIdRule.checkReference(reference);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PFCC/100/2018 ", " TEST", "../../etc/passwd", "/etc/passwd", "a\\b", "<script>", "a  b",
            "Cyngor Sir Ga\u0302r", "\u202Eabc", "a\u200Bb", ""})
    void otherPaperReferencesAreRefused(String reference) {
        assertThatThrownBy(() -> RecordIdRule.checkReference(reference)).isInstanceOfSatisfying(MalformedValue.class,
                e -> assertThat(e.code()).isEqualTo("INVALID_REFERENCE"));
    }
}
