package uk.police.collaboration.ledger.registers;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.readside.ProgrammeLocks;
import uk.police.collaboration.ledger.ledgerlog.LedgerLog;
import uk.police.collaboration.ledger.ledgerlog.ProgrammeProjection;
import uk.police.collaboration.ledger.programme.ProgrammeFold;
import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.programme.ProgrammeView.AgreementView;
import uk.police.collaboration.ledger.programme.ProgrammeView.DecisionView;
import uk.police.collaboration.ledger.programme.ProgrammeView.FundingYearView;
import uk.police.collaboration.ledger.programme.ProgrammeView.PartyFundingView;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the cross-programme registers: for each touched programme its rows are deleted and written
 * afresh from its current view, each row naming the event that made it.
 */
@Component
class RegisterProjection implements ProgrammeProjection {

    private static final Logger log = LoggerFactory.getLogger(RegisterProjection.class);

    private final LedgerLog ledgerLog;
    private final ProgrammeFold fold;
    private final JdbcTemplate jdbc;

    RegisterProjection(LedgerLog ledgerLog, ProgrammeFold fold, JdbcTemplate jdbc) {
        this.ledgerLog = ledgerLog;
        this.fold = fold;
        this.jdbc = jdbc;
    }

    @Override
    public void refresh(Set<String> collaborationIds) {
        ProgrammeLocks.lock(jdbc, collaborationIds);
        for (String id : collaborationIds) {
            Optional<ProgrammeView> view;
            try {
                view = fold.current(ledgerLog.ofProgramme(id), LocalDate.now(ZoneId.of("Europe/London")));
            } catch (RuntimeException e) {
                // Never stop the ledger log for a register: keep the programme's last good rows, say so loudly.
                log.error("Programme {} could not be folded; its register rows are left as they were", id, e);
                continue;
            }
            if (view.isEmpty()) {
                continue;
            }
            jdbc.update("DELETE FROM register_agreement WHERE collaboration_id = ?", id);
            jdbc.update("DELETE FROM register_decision WHERE collaboration_id = ?", id);
            jdbc.update("DELETE FROM register_funding WHERE collaboration_id = ?", id);
            write(view.get());
        }
    }

    private void write(ProgrammeView view) {
        for (AgreementView a : view.agreements()) {
            if (!"IN_FORCE".equals(a.status())) {
                continue;
            }
            jdbc.update("INSERT INTO register_agreement (collaboration_id, agreement_id, programme_title, title, kind, "
                            + "legally_binding, in_force_since, parties, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)",
                    view.collaborationId(), a.agreementId(), view.title(), a.title(), a.kind(), a.legallyBinding(),
                    a.inForceSince(), json(a.parties()), a.eventId());
        }
        for (DecisionView d : view.decisions()) {
            jdbc.update("INSERT INTO register_decision (collaboration_id, reference, programme_title, decision_date, published, "
                            + "decision, event_id) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?)",
                    view.collaborationId(), d.reference(), view.title(), d.decisionDate(), d.published(), json(d), d.eventId());
        }
        for (FundingYearView year : view.fundingByYear()) {
            jdbc.update("INSERT INTO register_funding (collaboration_id, programme_title, financial_year, party_id, party_name, "
                            + "share, requested, allocated, cost_sharing_model, model_lapsed, event_id) VALUES (?, ?, ?, NULL, NULL, NULL, ?, ?, ?, ?, ?)",
                    view.collaborationId(), view.title(), year.financialYear(), year.requested().pounds(),
                    year.allocated().pounds(), year.costSharingModelId(), year.costSharingModelLapsed(), year.eventId());
            for (PartyFundingView party : year.byParty()) {
                jdbc.update("INSERT INTO register_funding (collaboration_id, programme_title, financial_year, party_id, party_name, "
                                + "share, requested, allocated, cost_sharing_model, model_lapsed, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        view.collaborationId(), view.title(), year.financialYear(), party.partyId(), party.name(),
                        party.share().value(), party.requested().pounds(), party.allocated().pounds(),
                        year.costSharingModelId(), year.costSharingModelLapsed(), year.eventId());
            }
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
