package uk.police.collaboration.ledger.timeline;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.ledgerlog.RecordedEvent;
import uk.police.collaboration.ledger.programme.Events;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Timeline sentences for price ranges, stated totals, savings, re-ratings, tranches and accessions. */
class DetailSummariesTest {

    private static final String P = "'collaborationId':'bch-public-contact'";

    private final Events events = Events.registered()
            .add("PriceRangeStated", "2018-03-22", "2018-04-01T00:00:00Z", "{" + P + ",'priceRangeId':'hosting','item':'SOH hosting','low':'45704.63','high':'65117.33','period':'per annum','confirmationExpectedOn':'2018-11-01','note':null}")
            .add("PriceConfirmed", "2018-11-15", "2018-11-20T00:00:00Z", "{" + P + ",'priceRangeId':'hosting','confirmedAmount':'70000.00','confirmedBy':'DPC','withinRange':false}")
            .add("FundingTotalsStated", "2018-06-22", "2018-07-01T00:00:01Z", "{" + P + ",'fundingRequestId':'f1','currentTotal':'20950000.00','revisedTotal':null,'varianceTotal':'188000.00','computedCurrent':'20949000.00','computedRevised':'21137000.00','computedVariance':'188000.00','note':null}")
            .add("SavingsRecorded", "2017-04-20", "2018-01-11T00:00:00Z", "{" + P + ",'savingsId':'s1','title':'Funding formula','basis':'Budget less new costs','costSharingModelId':null,'statedTotal':'100.00','lines':[{'partyId':'herts','financialYear':null,'category':'Savings','amount':'98.00','cashable':true,'costIncrease':false}]}")
            .add("RiskRaised", "2019-01-14", "2019-01-15T00:00:00Z", "{" + P + ",'riskId':'r1','label':'1','description':'Too few instructors','likelihood':'Medium','impact':'High','owner':null}")
            .add("RiskReRated", "2019-05-01", "2019-05-02T00:00:00Z", "{" + P + ",'riskId':'r1','likelihood':'High','impact':null,'owner':'Chief Superintendent','reason':'Two left'}")
            .add("PartyAcceded", "2019-06-10", "2019-06-11T00:00:00Z", "{" + P + ",'agreementId':'a1','party':{'partyId':'west','name':'Westshire Police','signatureRequired':true},'signatory':'CC Westshire','deed':'Deed of accession'}");

    private String summaryOf(String type) {
        List<RecordedEvent> all = events.list();
        return new Summaries(all, Clearance.BOARD).summary(all.stream().filter(e -> e.eventType().equals(type)).findFirst().orElseThrow());
    }

    @Test
    void aPriceRangeSaysItIsNotYetConfirmed() {
        assertThat(summaryOf("PriceRangeStated")).isEqualTo("Price of “SOH hosting” stated as a range, £45,704.63 to "
                + "£65,117.33 per annum, not yet confirmed; confirmation expected 1 November 2018");
    }

    @Test
    void aConfirmationOutsideTheRangeSaysSo() {
        assertThat(summaryOf("PriceConfirmed")).isEqualTo("Price of “SOH hosting” confirmed at £70,000.00 by DPC (outside the range stated)");
    }

    @Test
    void statedTotalsSayByHowMuchTheyDifferFromTheLines() {
        assertThat(summaryOf("FundingTotalsStated")).isEqualTo("Totals stated for “f1”: current £20,950,000.00 (lines add to "
                + "£20,949,000.00, a difference of £1,000.00); variance £188,000.00 (equals its lines)");
    }

    @Test
    void savingsGiveTheComputedTotalAndThePapersWhenTheyDiffer() {
        assertThat(summaryOf("SavingsRecorded")).isEqualTo("Savings “Funding formula” recorded: 1 line, £98.00 in all "
                + "(the paper states £100.00); basis: Budget less new costs");
    }

    @Test
    void aReRatingNamesWhatChanged() {
        assertThat(summaryOf("RiskReRated")).isEqualTo("Risk “(1) Too few instructors” re-rated: likelihood high; owner Chief Superintendent (Two left)");
    }

    @Test
    void anAccessionNamesTheNewPartyAndItsDeed() {
        assertThat(summaryOf("PartyAcceded")).isEqualTo("Westshire Police acceded to “a1” by Deed of accession, signed by CC Westshire");
    }
}
