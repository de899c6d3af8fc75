package uk.police.collaboration.ledger.collaboration;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.collaboration.api.Party;
import uk.police.collaboration.ledger.collaboration.api.PartyKind;
import uk.police.collaboration.ledger.collaboration.api.RegisterCollaboration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.police.collaboration.ledger.shared.CommandShapes.invalidFields;

/** Shape (bean validation, refused at dispatch as INVALID_FIELD) as opposed to rules (RuleViolation). */
class CollaborationCommandShapeTest {

    @Test
    void aCollaborationWithoutPartiesIsMisshapen() {
        assertThat(invalidFields(new RegisterCollaboration("emsou-fs", "EMSOU-FS", "Forensics", List.of(), null, null)))
                .containsExactly("parties");
    }

    @Test
    void aPartyWithoutANameIsMisshapen() {
        assertThat(invalidFields(new RegisterCollaboration("emsou-fs", "EMSOU-FS", "Forensics",
                List.of(new Party("leics", " ", PartyKind.FORCE, false)), null, null))).containsExactly("parties[0].name");
    }
}
