package uk.police.collaboration.ledger.programme;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartTwoView;
import uk.police.collaboration.ledger.programme.ProgrammeView.RedactionView;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    static DecisionView decision() {
        return new DecisionView("PFCC/100/2018", "Contact management: posts of Ann Smith and Bob Jones", "PFCC", "Author",
                null, List.of("Approve £188,000; notify Ann Smith and Bob Jones", "Note the prices of £45,704.63"),
                null, false, null, false, List.of(), List.of(), List.of(), null, List.of(), "AGREED", "R.C. Hirst",
                "Agreed; Ann Smith and Bob Jones informed", null, "PUBLISHED", null, null, null,
                List.of(new RedactionView("r1", "Appendix", "Ann Smith and Bob Jones", "s.40 FOIA personal information",
                                "COMPLETED", "David Lawson", "CHIEF_EXECUTIVE", "e1"),
                        new RedactionView("r2", "Appendix", "Ann Smith", "s.40 FOIA", "COMPLETED", "D", "TREASURER", "e2")),
                List.of(new PartTwoView("p1", "COMMERCIAL_SENSITIVITY", "£45,704.63", "e3")), "e4");
    }

    @Test
    void everyPassageIsReplacedWhereverItOccursAndDroppedFromTheRedaction() {
        DecisionView redacted = Redactor.redact(decision());
        assertThat(redacted.title()).isEqualTo("Contact management: posts of [Redacted: s.40 FOIA personal information]");
        assertThat(redacted.recommendations().get(0)).isEqualTo("Approve £188,000; notify [Redacted: s.40 FOIA personal information]");
        assertThat(redacted.reasons()).doesNotContain("Ann Smith");
        assertThat(redacted.redactions()).allMatch(r -> r.passage() == null);
        assertThat(redacted.redactions()).extracting(RedactionView::exemption).containsExactly("s.40 FOIA personal information", "s.40 FOIA");
    }

    @Test
    void partTwoContentIsDroppedAndAnyCopyInTheTextReplacedByItsGround() {
        DecisionView withheld = Redactor.withholdPartTwo(decision());
        assertThat(withheld.partTwo().get(0).content()).isNull();
        assertThat(withheld.partTwo().get(0).ground()).isEqualTo("COMMERCIAL_SENSITIVITY");
        assertThat(withheld.recommendations().get(1)).isEqualTo("Note the prices of [Part Two: COMMERCIAL_SENSITIVITY]");
    }

    @Test
    void aPublicReaderSeesNeitherPassagesNorPartTwoAndAnAuditorSeesBoth() {
        String publicText = decision().forReader(Clearance.PUBLIC).toString();
        assertThat(publicText).doesNotContain("Ann Smith").doesNotContain("45,704.63");
        DecisionView auditor = decision().forReader(Clearance.AUDITOR);
        assertThat(auditor.partTwo().get(0).content()).isEqualTo("£45,704.63");
        assertThat(auditor.redactions().get(0).passage()).isEqualTo("Ann Smith and Bob Jones");
    }
}
