package uk.police.collaboration.ledger.decision;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.decision.api.AttachPartTwo;
import uk.police.collaboration.ledger.decision.api.RecordDecision;
import uk.police.collaboration.ledger.decision.api.RecordSignOff;
import uk.police.collaboration.ledger.decision.api.SignOffRole;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandShapes.invalidFields;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class DecisionCommandShapeTest {

    @Test
    void theEssexDecisionHasAValidShape() {
        assertThat(invalidFields(DecisionSamples.recordEssex())).isEmpty();
    }

    @Test
    void aDecisionWithoutATitleHasAnInvalidTitle() {
        RecordDecision c = DecisionSamples.recordEssex();
        assertThat(invalidFields(new RecordDecision(c.reference(), c.collaborationId(), " ", c.decisionMaker(),
                c.reportAuthor(), c.reportDate(), c.recommendations(), c.expenditure(), false, null, c.optionIds(),
                c.agreementIds(), c.fundingRequestIds()))).containsExactly("title");
    }

    @Test
    void aBlankRecommendationIsInvalid() {
        RecordDecision c = DecisionSamples.recordEssex();
        assertThat(invalidFields(new RecordDecision(c.reference(), c.collaborationId(), c.title(), c.decisionMaker(),
                c.reportAuthor(), c.reportDate(), List.of(""), c.expenditure(), false, null, c.optionIds(),
                c.agreementIds(), c.fundingRequestIds()))).containsExactly("recommendations[0].<list element>");
    }

    @Test
    void aSignOffWithoutARoleIsInvalid() {
        assertThat(invalidFields(new RecordSignOff("PFCC/100/2018", null, "David Lawson"))).containsExactly("role");
    }

    @Test
    void aTitleLongerThanTwoHundredCharactersIsInvalid() {
        RecordDecision c = DecisionSamples.recordEssex();
        assertThat(invalidFields(new RecordDecision(c.reference(), c.collaborationId(), "x".repeat(201),
                c.decisionMaker(), c.reportAuthor(), c.reportDate(), c.recommendations(), c.expenditure(), false, null,
                c.optionIds(), c.agreementIds(), c.fundingRequestIds()))).containsExactly("title");
    }

    @Test
    void partTwoContentLongerThanTwentyThousandCharactersIsInvalid() {
        assertThat(invalidFields(new AttachPartTwo("D09-2018", "part-two-1", "x".repeat(20001),
                uk.police.collaboration.ledger.decision.api.PartTwoGround.COMMERCIAL_SENSITIVITY)))
                .containsExactly("content");
    }

    @Test
    void aSignOffByAnUnnamedPersonIsInvalid() {
        assertThat(invalidFields(new RecordSignOff("PFCC/100/2018", SignOffRole.TREASURER, ""))).containsExactly("name");
    }
}
