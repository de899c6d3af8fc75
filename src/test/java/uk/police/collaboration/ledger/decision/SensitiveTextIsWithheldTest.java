package uk.police.collaboration.ledger.decision;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.decision.api.AttachPartTwo;
import uk.police.collaboration.ledger.decision.api.PartTwoAttached;
import uk.police.collaboration.ledger.decision.api.PartTwoGround;
import uk.police.collaboration.ledger.decision.api.RedactionRequired;
import uk.police.collaboration.ledger.decision.api.RequireRedaction;

import static org.assertj.core.api.Assertions.assertThat;

/** Redacted passages and Part Two content are stored but never printed, so they cannot leak into logs. */
class SensitiveTextIsWithheldTest {

    private static final String SECRET = "Supplier prices of £45,704.63 to £65,117.33 per annum";

    @Test
    void aRequiredRedactionPrintsItsPassageAsWithheld() {
        RedactionRequired event = new RedactionRequired("PFCC/100/2018", "essex-contact-management", "appendix-a",
                "Appendix", SECRET, "s.43 FOIA commercial interests");
        assertThat(event.toString()).doesNotContain(SECRET).contains("passage=[withheld]").contains("appendix-a");
        assertThat(event.passage()).isEqualTo(SECRET);
    }

    @Test
    void theCommandRequiringARedactionPrintsItsPassageAsWithheld() {
        RequireRedaction command = new RequireRedaction("PFCC/100/2018", "appendix-a", "Appendix", SECRET,
                "s.43 FOIA commercial interests");
        assertThat(command.toString()).doesNotContain(SECRET).contains("passage=[withheld]");
    }

    @Test
    void anAttachedPartTwoPrintsItsContentAsWithheld() {
        PartTwoAttached event = new PartTwoAttached("D09-2018", "single-online-home", "part-two-1", SECRET,
                PartTwoGround.COMMERCIAL_SENSITIVITY);
        assertThat(event.toString()).doesNotContain(SECRET).contains("content=[withheld]")
                .contains("COMMERCIAL_SENSITIVITY");
        assertThat(event.content()).isEqualTo(SECRET);
    }

    @Test
    void theCommandAttachingPartTwoPrintsItsContentAsWithheld() {
        AttachPartTwo command = new AttachPartTwo("D09-2018", "part-two-1", SECRET, PartTwoGround.COMMERCIAL_SENSITIVITY);
        assertThat(command.toString()).doesNotContain(SECRET).contains("content=[withheld]");
    }
}
