package uk.police.collaboration.ledger.registers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.programme.ProgrammeView.AgreementPartyView;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.shared.Percent;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The registers across programmes, as a reader may see them. */
@Service
public class Registers {

    /** An agreement in force: the register PCCs publish. */
    public record AgreementEntryView(String collaborationId, String programme, String agreementId, String title, String kind,
                                     boolean legallyBinding, LocalDate inForceSince, List<AgreementPartyView> parties,
                                     String eventId) {
    }

    public record DecisionEntryView(String collaborationId, String programme, LocalDate decisionDate, DecisionView decision,
                                    String eventId) {
    }

    /**
     * kind SHARED: the shared model (partyId null: the programme's whole financial year; else one party's
     * share), with requested and allocated. DIRECT_CONTRIBUTION (the named party paid alone) and INCOME
     * (from receivedFrom) carry their own amount and recordId instead, so the shared totals never include them.
     */
    public record FundingEntryView(String collaborationId, String programme, String financialYear, String kind,
                                   String partyId, String partyName, Percent share, Money requested, Money allocated,
                                   String costSharingModel, boolean costSharingModelLapsed, String recordId,
                                   Money amount, String receivedFrom, String description, String eventId) {
    }

    private final JdbcTemplate jdbc;

    Registers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<AgreementEntryView> agreements(String collaborationId, Clearance clearance) {
        return jdbc.query("SELECT * FROM register_agreement WHERE (?::text IS NULL OR collaboration_id = ?) "
                        + "ORDER BY programme_title, in_force_since, title",
                (rs, n) -> new AgreementEntryView(rs.getString("collaboration_id"), rs.getString("programme_title"),
                        rs.getString("agreement_id"), rs.getString("title"), rs.getString("kind"),
                        rs.getBoolean("legally_binding"), rs.getObject("in_force_since", LocalDate.class),
                        read(rs.getString("parties"), new TypeReference<List<AgreementPartyView>>() { }),
                        rs.getString("event_id")),
                collaborationId, collaborationId);
    }

    /** Readers not cleared for unpublished decisions see the published ones only; all see what their clearance allows. */
    public List<DecisionEntryView> decisions(String collaborationId, LocalDate from, LocalDate to, Clearance clearance) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT * FROM register_decision WHERE 1 = 1");
        if (collaborationId != null) {
            sql.append(" AND collaboration_id = ?");
            args.add(collaborationId);
        }
        if (from != null) {
            sql.append(" AND decision_date >= ?");
            args.add(from);
        }
        if (to != null) {
            sql.append(" AND decision_date <= ?");
            args.add(to);
        }
        if (!clearance.seesUnpublishedDecisions()) {
            sql.append(" AND published");
        }
        sql.append(" ORDER BY decision_date NULLS LAST, reference");
        return jdbc.query(sql.toString(), (rs, n) -> new DecisionEntryView(rs.getString("collaboration_id"),
                rs.getString("programme_title"), rs.getObject("decision_date", LocalDate.class),
                read(rs.getString("decision"), new TypeReference<DecisionView>() { }).forReader(clearance),
                rs.getString("event_id")), args.toArray());
    }

    public List<FundingEntryView> funding(String collaborationId, String financialYear, Clearance clearance) {
        return jdbc.query("SELECT * FROM register_funding WHERE (?::text IS NULL OR collaboration_id = ?) "
                        + "AND (?::text IS NULL OR financial_year = ?) "
                        + "ORDER BY programme_title, collaboration_id, financial_year, "
                        + "CASE kind WHEN 'SHARED' THEN 0 WHEN 'DIRECT_CONTRIBUTION' THEN 1 ELSE 2 END, "
                        + "party_id NULLS FIRST, record_id",
                (rs, n) -> new FundingEntryView(rs.getString("collaboration_id"), rs.getString("programme_title"),
                        rs.getString("financial_year"), rs.getString("kind"), rs.getString("party_id"),
                        rs.getString("party_name"), percent(rs.getBigDecimal("share")), money(rs.getBigDecimal("requested")),
                        money(rs.getBigDecimal("allocated")), rs.getString("cost_sharing_model"),
                        rs.getBoolean("model_lapsed"), rs.getString("record_id"), money(rs.getBigDecimal("amount")),
                        rs.getString("received_from"), rs.getString("description"), rs.getString("event_id")),
                collaborationId, collaborationId, financialYear, financialYear);
    }

    private static Money money(BigDecimal value) {
        return value == null ? null : new Money(value);
    }

    private static Percent percent(BigDecimal value) {
        return value == null ? null : new Percent(value);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return LedgerJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a register row cannot be read; replay the ledger-log processor", e);
        }
    }
}
