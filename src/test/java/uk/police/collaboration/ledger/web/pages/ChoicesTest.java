package uk.police.collaboration.ledger.web.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChoicesTest {

    static final Choices SORTS = Choices.of("date", "Date, oldest first", "-date", "Date, newest first");

    @Test
    void aValueThePageOffersIsHonouredTrimmed() {
        assertThat(SORTS.pick(" -date ", "date")).isEqualTo("-date");
    }

    @Test
    void aValueThePageDoesNotOfferFallsBackRatherThanFailing() {
        assertThat(SORTS.pick("title", "date")).isEqualTo("date");
        assertThat(SORTS.pick("", "date")).isEqualTo("date");
        assertThat(SORTS.pick(null, null)).isNull();
    }

    @Test
    void valuesFoundInTheDataAreLabelledInTheirOrder() {
        Choices kinds = Choices.from(List.of("SECTION_22A", "MEMORANDUM"), Fmt::wordsOf);
        assertThat(kinds.entries()).extracting(Choices.Choice::label).containsExactly("Section 22A", "Memorandum");
        assertThat(SORTS.entries()).extracting(Choices.Choice::value).containsExactly("date", "-date");
    }
}
