package uk.police.collaboration.ledger.correction.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.police.collaboration.ledger.shared.Source;

/** The paper a corrected fact really comes from, in the shape of the envelope's source. */
public record CorrectedSource(@NotBlank @Size(max = 200) String reference,
                              @Size(max = 500) String section,
                              @Size(max = 500) String title,
                              @Size(max = 2000) String url) {

    public Source toSource() {
        return new Source(reference, section, title, url);
    }
}
