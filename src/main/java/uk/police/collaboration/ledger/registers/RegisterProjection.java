package uk.police.collaboration.ledger.registers;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.ContributionView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.DirectFundingYearView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.IncomeView;
import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.programme.ProgrammeView.AgreementView;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.FundingYearView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartyFundingView;
import uk.police.collaboration.ledger.programme.ProgrammeViewListener;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Keeps the cross-programme registers, each row naming the event that made it. A programme seen
 * for the first time (or after a restart) has its rows deleted and written afresh; after that only
 * the rows that differ between the view it last wrote and the new one are written, in batches.
 */
@Component
class RegisterProjection implements ProgrammeViewListener {

    private static final String UPSERT_AGREEMENT = "INSERT INTO register_agreement (collaboration_id, agreement_id, programme_title, "
            + "title, kind, legally_binding, in_force_since, parties, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) "
            + "ON CONFLICT (collaboration_id, agreement_id) DO UPDATE SET programme_title = EXCLUDED.programme_title, "
            + "title = EXCLUDED.title, kind = EXCLUDED.kind, legally_binding = EXCLUDED.legally_binding, "
            + "in_force_since = EXCLUDED.in_force_since, parties = EXCLUDED.parties, event_id = EXCLUDED.event_id";
    private static final String UPSERT_DECISION = "INSERT INTO register_decision (collaboration_id, reference, programme_title, "
            + "decision_date, published, decision, event_id) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) "
            + "ON CONFLICT (collaboration_id, reference) DO UPDATE SET programme_title = EXCLUDED.programme_title, "
            + "decision_date = EXCLUDED.decision_date, published = EXCLUDED.published, decision = EXCLUDED.decision, "
            + "event_id = EXCLUDED.event_id";
    private static final String INSERT_FUNDING = "INSERT INTO register_funding (collaboration_id, programme_title, financial_year, "
            + "party_id, party_name, share, requested, allocated, cost_sharing_model, model_lapsed, event_id, kind, record_id, "
            + "amount, received_from, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;

    RegisterProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void refreshed(ProgrammeView view) {
        String id = view.collaborationId();
        jdbc.update("DELETE FROM register_agreement WHERE collaboration_id = ?", id);
        jdbc.update("DELETE FROM register_decision WHERE collaboration_id = ?", id);
        jdbc.update("DELETE FROM register_funding WHERE collaboration_id = ?", id);
        upsert(UPSERT_AGREEMENT, agreements(view));
        upsert(UPSERT_DECISION, decisions(view));
        upsert(INSERT_FUNDING, funding(view));
    }

    @Override
    public void refreshed(ProgrammeView before, ProgrammeView after) {
        String id = after.collaborationId();
        boolean retitled = !Objects.equals(before.title(), after.title());
        Map<String, AgreementView> agreementsBefore = inForce(before);
        Map<String, AgreementView> agreementsAfter = inForce(after);
        deleteGone("DELETE FROM register_agreement WHERE collaboration_id = ? AND agreement_id = ?", id, agreementsBefore, agreementsAfter);
        upsert(UPSERT_AGREEMENT, agreementsAfter.values().stream()
                .filter(a -> retitled || !a.equals(agreementsBefore.get(a.agreementId()))).map(a -> agreementRow(after, a)).toList());
        Map<String, DecisionView> decisionsBefore = byReference(before);
        Map<String, DecisionView> decisionsAfter = byReference(after);
        deleteGone("DELETE FROM register_decision WHERE collaboration_id = ? AND reference = ?", id, decisionsBefore, decisionsAfter);
        upsert(UPSERT_DECISION, decisionsAfter.values().stream()
                .filter(d -> retitled || !d.equals(decisionsBefore.get(d.reference()))).map(d -> decisionRow(after, d)).toList());
        List<Object[]> fundingAfter = funding(after);
        if (!same(funding(before), fundingAfter)) {
            // Few rows a programme (years × parties) and no natural key (party may be absent): rewritten together.
            jdbc.update("DELETE FROM register_funding WHERE collaboration_id = ?", id);
            upsert(INSERT_FUNDING, fundingAfter);
        }
    }

    private static Map<String, AgreementView> inForce(ProgrammeView view) {
        Map<String, AgreementView> found = new LinkedHashMap<>();
        view.agreements().stream().filter(a -> "IN_FORCE".equals(a.status())).forEach(a -> found.put(a.agreementId(), a));
        return found;
    }

    private static Map<String, DecisionView> byReference(ProgrammeView view) {
        Map<String, DecisionView> found = new LinkedHashMap<>();
        view.decisions().forEach(d -> found.put(d.reference(), d));
        return found;
    }

    private static List<Object[]> agreements(ProgrammeView view) {
        return inForce(view).values().stream().map(a -> agreementRow(view, a)).toList();
    }

    private static List<Object[]> decisions(ProgrammeView view) {
        return view.decisions().stream().map(d -> decisionRow(view, d)).toList();
    }

    private static Object[] agreementRow(ProgrammeView view, AgreementView a) {
        return new Object[]{view.collaborationId(), a.agreementId(), view.title(), a.title(), a.kind(), a.legallyBinding(),
                a.inForceSince(), json(a.parties()), a.eventId()};
    }

    private static Object[] decisionRow(ProgrammeView view, DecisionView d) {
        return new Object[]{view.collaborationId(), d.reference(), view.title(), d.decisionDate(), d.published(), json(d), d.eventId()};
    }

    private static List<Object[]> funding(ProgrammeView view) {
        List<Object[]> rows = new ArrayList<>();
        for (FundingYearView year : view.fundingByYear()) {
            rows.add(new Object[]{view.collaborationId(), view.title(), year.financialYear(), null, null, null,
                    year.requested().pounds(), year.allocated().pounds(), year.costSharingModelId(), year.costSharingModelLapsed(),
                    year.eventId(), "SHARED", null, null, null, null});
            for (PartyFundingView party : year.byParty()) {
                rows.add(new Object[]{view.collaborationId(), view.title(), year.financialYear(), party.partyId(), party.name(),
                        party.share().value(), party.requested().pounds(), party.allocated().pounds(), year.costSharingModelId(),
                        year.costSharingModelLapsed(), year.eventId(), "SHARED", null, null, null, null});
            }
        }
        // Money outside the sharing model: rows of their own kind, never with a share, requested or allocated.
        for (DirectFundingYearView year : view.details().directFunding()) {
            for (ContributionView c : year.contributions()) {
                rows.add(new Object[]{view.collaborationId(), view.title(), year.financialYear(), c.partyId(), c.partyName(),
                        null, null, null, null, false, c.eventId(), "DIRECT_CONTRIBUTION", c.contributionId(),
                        c.amount().pounds(), null, c.purpose()});
            }
            for (IncomeView i : year.income()) {
                rows.add(new Object[]{view.collaborationId(), view.title(), year.financialYear(), null, null,
                        null, null, null, null, false, i.eventId(), "INCOME", i.incomeId(), i.amount().pounds(),
                        i.receivedFrom(), i.description()});
            }
        }
        return rows;
    }

    private void deleteGone(String delete, String id, Map<String, ?> before, Map<String, ?> after) {
        List<Object[]> gone = before.keySet().stream().filter(key -> !after.containsKey(key)).map(key -> new Object[]{id, key}).toList();
        if (!gone.isEmpty()) {
            jdbc.batchUpdate(delete, gone);
        }
    }

    private static boolean same(List<Object[]> a, List<Object[]> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!same(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean same(Object[] a, Object[] b) {
        if (a == null || b == null || a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Objects.equals(a[i], b[i]) && !(a[i] instanceof Comparable<?> && b[i] != null && a[i].getClass() == b[i].getClass()
                    && compare(a[i], b[i]) == 0)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        return ((Comparable) a).compareTo(b);
    }

    private void upsert(String sql, java.util.Collection<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(sql, new ArrayList<>(rows));
        }
    }

    @Override
    public void reset() {
        jdbc.update("TRUNCATE register_agreement, register_decision, register_funding");
    }

    private static String json(Object value) {
        try {
            return LedgerJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
