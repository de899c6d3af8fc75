package uk.police.collaboration.ledger.programme;

import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.PriceRangeView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.RiskRatingView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.SavingsView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.StatedTotalsView;
import uk.police.collaboration.ledger.programme.ProgrammeView.AgreementPartyView;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The facts beyond the main areas, folded from events: now, and as of a date. */
class ProgrammeDetailsFoldTest {

    private static final String P = "'collaborationId':'bch-public-contact'";
    private static final LocalDate TODAY = LocalDate.parse("2020-07-01");
    private final ProgrammeFold fold = ProgrammeFold.withDefaultThreshold();

    private ProgrammeDetailsView now(Events events) {
        return fold.current(events.list(), TODAY).orElseThrow().details();
    }

    private ProgrammeDetailsView asOf(Events events, String day) {
        return fold.asOf(events.list(), LocalDate.parse(day), null, TODAY).orElseThrow().details();
    }

    @Test
    void aPriceRangeIsNotYetConfirmedUntilItsConfirmationDate() {
        Events events = Events.registered()
                .add("PriceRangeStated", "2018-03-22", "2018-04-01T00:00:00Z", "{" + P + ",'priceRangeId':'hosting',"
                        + "'item':'SOH hosting','low':'45704.63','high':'65117.33','period':'per annum',"
                        + "'confirmationExpectedOn':'2018-11-01','note':null}")
                .add("PriceConfirmed", "2018-11-15", "2018-11-20T00:00:00Z", "{" + P + ",'priceRangeId':'hosting',"
                        + "'confirmedAmount':'70000.00','confirmedBy':'DPC','withinRange':false}");
        PriceRangeView confirmed = now(events).priceRanges().get(0);
        assertThat(confirmed.status()).isEqualTo("CONFIRMED");
        assertThat(confirmed.confirmedAmount()).isEqualTo(Money.of("70000.00"));
        assertThat(confirmed.confirmedOn()).isEqualTo(LocalDate.parse("2018-11-15"));
        assertThat(confirmed.withinRange()).isFalse();
        PriceRangeView before = asOf(events, "2018-11-14").priceRanges().get(0);
        assertThat(before.status()).isEqualTo("NOT_YET_CONFIRMED");
        assertThat(before.low()).isEqualTo(Money.of("45704.63"));
        assertThat(before.confirmedAmount()).isNull();
    }

    @Test
    void savingsAreTotalledPerPartyAndAStatedTotalThatDiffersIsFlaggedWithTheDifference() {
        Events events = Events.registered().add("SavingsRecorded", "2017-04-20", "2018-01-11T00:00:00Z", "{" + P
                + ",'savingsId':'s1','title':'Funding formula','basis':'Current budget less new costs',"
                + "'costSharingModelId':null,'statedTotal':'100.00','lines':["
                + "{'partyId':'herts','financialYear':null,'category':'Savings','amount':'90.00','cashable':true,'costIncrease':false},"
                + "{'partyId':'herts','financialYear':null,'category':'Managers','amount':'20.00','cashable':false,'costIncrease':false},"
                + "{'partyId':'beds','financialYear':null,'category':'Savings','amount':'12.00','cashable':true,'costIncrease':true}]}");
        SavingsView savings = now(events).savings().get(0);
        assertThat(savings.computedTotal()).isEqualTo(Money.of("98.00"));
        assertThat(savings.cashableTotal()).isEqualTo(Money.of("78.00"));
        assertThat(savings.totalDiffers()).isTrue();
        assertThat(savings.difference()).isEqualTo(Money.of("2.00"));
        assertThat(savings.byParty().get(0).partyName()).isEqualTo("Hertfordshire");
        assertThat(savings.byParty().get(0).total()).isEqualTo(Money.of("110.00"));
        assertThat(savings.byParty().get(0).nonCashable()).isEqualTo(Money.of("20.00"));
    }

    @Test
    void statedTotalsStandBesideTheSumsOfTheLinesAsCorrectedLinesWouldBe() {
        Events events = Events.registered()
                .add("FundingRequested", "2018-06-22", "2018-07-01T00:00:00Z", "{" + P + ",'fundingRequestId':'f1',"
                        + "'amount':'188000.00','financialYear':'2018/19','purpose':'TOM','fundingSource':null,"
                        + "'decisionReference':null,'budgetLines':[{'line':'A','current':'5554000.00','revised':'5554000.00'},"
                        + "{'line':'B','current':'15395000.00','revised':'15583000.00'}]}")
                .add("FundingTotalsStated", "2018-06-22", "2018-07-01T00:00:01Z", "{" + P + ",'fundingRequestId':'f1',"
                        + "'currentTotal':'20950000.00','revisedTotal':'21138000.00','varianceTotal':'188000.00',"
                        + "'computedCurrent':'20949000.00','computedRevised':'21137000.00','computedVariance':'188000.00','note':null}");
        StatedTotalsView totals = now(events).statedTotals().get(0);
        assertThat(totals.differs()).isTrue();
        assertThat(totals.current().difference()).isEqualTo(Money.of("1000.00"));
        assertThat(totals.revised().difference()).isEqualTo(Money.of("1000.00"));
        assertThat(totals.variance().differs()).isFalse();
    }

    @Test
    void asOfADateTheRatingThatStoodThenIsShownEvenWhenALaterReRatingWasRecordedFirst() {
        Events events = Events.registered()
                .add("RiskRaised", "2019-01-14", "2019-01-15T00:00:00Z", "{" + P + ",'riskId':'r1','label':'1',"
                        + "'description':'Too few instructors','likelihood':'Medium','impact':'High','owner':'Head of Training'}")
                .add("RiskReRated", "2019-09-01", "2019-09-02T00:00:00Z", "{" + P + ",'riskId':'r1','likelihood':'Low',"
                        + "'impact':null,'owner':null,'reason':'Recruited'}")
                .add("RiskReRated", "2019-05-01", "2019-09-03T00:00:00Z", "{" + P + ",'riskId':'r1','likelihood':'High',"
                        + "'impact':null,'owner':'Chief Superintendent','reason':'Two instructors left'}");
        RiskRatingView june = asOf(events, "2019-06-30").riskRatings().get(0);
        assertThat(june.standing().likelihood()).isEqualTo("High");
        assertThat(june.standing().owner()).isEqualTo("Chief Superintendent");
        assertThat(june.standing().impact()).isEqualTo("High");
        RiskRatingView latest = now(events).riskRatings().get(0);
        assertThat(latest.standing().likelihood()).isEqualTo("Low");
        assertThat(latest.history()).extracting(ProgrammeDetailsView.RatingView::effectiveOn).containsExactly(
                LocalDate.parse("2019-01-14"), LocalDate.parse("2019-05-01"), LocalDate.parse("2019-09-01"));
        assertThat(fold.current(events.list(), TODAY).orElseThrow().risks().get(0).likelihood()).isEqualTo("Low");
    }

    @Test
    void anAccessionIsPendingWithItsConsentsThenMakesThePartyASignatory() {
        Events events = Events.registered()
                .add("AgreementDrafted", "2019-01-14", "2019-01-15T00:00:00Z", "{" + P + ",'agreementId':'a1',"
                        + "'kind':'SECTION_22A','title':'S22A','supersedesAgreementId':null,'signBy':null,'parties':["
                        + "{'partyId':'herts','name':'Hertfordshire','signatureRequired':true}]}")
                .add("AgreementSigned", "2019-02-01", "2019-02-02T00:00:00Z", "{" + P + ",'agreementId':'a1','partyId':'herts','signatory':'CC'}")
                .add("AgreementInForce", "2019-02-01", "2019-02-02T00:00:01Z", "{" + P + ",'agreementId':'a1'}")
                .add("PartyChangeConsented", "2019-06-01", "2019-06-02T00:00:00Z", "{" + P + ",'agreementId':'a1',"
                        + "'change':'ACCESSION','subjectPartyId':'west','partyId':'herts','consentedBy':'CC'}")
                .add("PartyAcceded", "2019-06-10", "2019-06-11T00:00:00Z", "{" + P + ",'agreementId':'a1',"
                        + "'party':{'partyId':'west','name':'Westshire Police','signatureRequired':true},"
                        + "'signatory':'CC Westshire','deed':'Deed of accession'}");
        assertThat(asOf(events, "2019-06-05").partyChanges().get(0).status()).isEqualTo("PENDING");
        ProgrammeDetailsView.PartyChangeView done = now(events).partyChanges().get(0);
        assertThat(done.status()).isEqualTo("DONE");
        assertThat(done.partyName()).isEqualTo("Westshire Police");
        assertThat(done.consents()).extracting(ProgrammeDetailsView.ConsentView::partyId).containsExactly("herts");
        assertThat(fold.current(events.list(), TODAY).orElseThrow().agreements().get(0).parties())
                .extracting(AgreementPartyView::partyId).containsExactly("herts", "west");
        assertThat(fold.asOf(events.list(), LocalDate.parse("2019-06-05"), null, TODAY).orElseThrow().agreements()
                .get(0).parties()).extracting(AgreementPartyView::partyId).containsExactly("herts");
    }

    @Test
    void directContributionsAndIncomeStayOutOfTheSharedFundingByYear() {
        Events events = Events.registered()
                .add("DirectContributionRecorded", "2019-04-05", "2019-04-06T00:00:00Z", "{" + P + ",'contributionId':'c1',"
                        + "'partyId':'herts','amount':'45000.00','financialYear':'2019/20','purpose':'Pilot',"
                        + "'fundingSource':'Own reserve','decisionReference':null}")
                .add("IncomeRecorded", "2019-06-05", "2019-06-06T00:00:00Z", "{" + P + ",'incomeId':'i1',"
                        + "'amount':'12500.00','financialYear':'2019/20','receivedFrom':'College','description':'Fees'}");
        ProgrammeView view = fold.current(events.list(), TODAY).orElseThrow();
        assertThat(view.fundingByYear()).isEmpty();
        ProgrammeDetailsView.DirectFundingYearView year = view.details().directFunding().get(0);
        assertThat(year.financialYear()).isEqualTo("2019/20");
        assertThat(year.contributed()).isEqualTo(Money.of("45000.00"));
        assertThat(year.received()).isEqualTo(Money.of("12500.00"));
        assertThat(year.contributions().get(0).partyName()).isEqualTo("Hertfordshire");
    }

    @Test
    void optionsDiscardedAtTheLongListAreHeldWithTheCountThePaperStates() {
        Events events = Events.registered()
                .add("AppraisalOpened", "2017-04-20", "2018-01-11T00:00:00Z", "{" + P + ",'appraisalId':'ap','title':'Forensics','workstreamId':null}")
                .add("OptionProposed", "2017-04-20", "2018-01-11T00:00:01Z", "{" + P + ",'appraisalId':'ap','optionId':'o1',"
                        + "'title':'Unified','description':'d','timescale':null,'doNothing':false}")
                .add("OptionDiscarded", "2017-04-20", "2018-01-11T00:00:02Z", "{" + P + ",'appraisalId':'ap','optionId':'o2',"
                        + "'title':'Minimum change','description':null,'stage':'SHORT_LIST','reason':'Less compelling'}")
                .add("OptionsConsideredStated", "2017-04-20", "2018-01-11T00:00:03Z", "{" + P + ",'appraisalId':'ap',"
                        + "'stage':'LONG_LIST','count':5,'description':'A range of five options'}");
        ProgrammeDetailsView.OptionsConsideredView considered = now(events).optionsConsidered().get(0);
        assertThat(considered.discarded()).extracting(ProgrammeDetailsView.DiscardedOptionView::stage).containsExactly("SHORT_LIST");
        assertThat(considered.statedCounts().get(0).count()).isEqualTo(5);
        assertThat(considered.statedCounts().get(0).held()).isEqualTo(2);
    }
}
