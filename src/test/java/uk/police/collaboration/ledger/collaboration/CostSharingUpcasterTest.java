package uk.police.collaboration.ledger.collaboration;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.collaboration.api.CostSharingAgreed;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** A cost-sharing model stored at revision 1 reads as revision 2: it applied from its own effective date. */
class CostSharingUpcasterTest {

    private static final String REVISION_1 = """
            {"basis":"FUNDING_FORMULA","collaborationId":"emsou-fs","decisionReference":"PCSB 20 April 2017",
             "modelId":"4f-formula","name":"4 force","shares":[{"partyId":"leics","share":"100"}]}""";

    @Test
    void aRevisionOneModelAppliesFromTheDateInItsEnvelope() throws Exception {
        var upcast = CostSharingUpcaster.upcast(LedgerJson.mapper().readTree(REVISION_1), "2017-05-01T10:30");
        assertThat(upcast).isEqualTo(LedgerJson.mapper().readTree("""
                {"appliesFrom":"2017-05-01","basis":"FUNDING_FORMULA","collaborationId":"emsou-fs",
                 "decisionReference":"PCSB 20 April 2017","modelId":"4f-formula","name":"4 force",
                 "shares":[{"partyId":"leics","share":"100"}]}"""));
        CostSharingAgreed event = LedgerJson.mapper().treeToValue(upcast, CostSharingAgreed.class);
        assertThat(event.appliesFrom()).isEqualTo(LocalDate.parse("2017-05-01"));
    }

    @Test
    void withoutAnEnvelopeTheDateIsLeftOpen() throws Exception {
        var upcast = CostSharingUpcaster.upcast(LedgerJson.mapper().readTree(REVISION_1), null);
        assertThat(upcast.get("appliesFrom").isNull()).isTrue();
    }
}
