package uk.police.collaboration.ledger.registers;

import org.springframework.stereotype.Service;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.SavingLineView;
import uk.police.collaboration.ledger.programme.ProgrammeDetailsView.SavingsView;
import uk.police.collaboration.ledger.programme.ProgrammeStates;
import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.shared.Money;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Savings across programmes, one entry per line as the papers state them, with each set's computed
 * total and the paper's own. Read from the programmes' current views (programme_state), so it is
 * exactly what each programme's board view shows, with no table of its own to keep in step.
 */
@Service
public class SavingsRegister {

    /** One line of one set of savings; amount positive a saving, negative a cost increase. */
    public record SavingsEntryView(String collaborationId, String programme, String savingsId, String title,
                                   String basis, String costSharingModelId, LocalDate recordedOn, String partyId,
                                   String partyName, String financialYear, String category, Money amount,
                                   boolean cashable, Money setComputedTotal, Money setStatedTotal,
                                   boolean setTotalDiffers, String eventId) {
    }

    private final ProgrammeStates states;

    SavingsRegister(ProgrammeStates states) {
        this.states = states;
    }

    /** Every programme's savings lines, optionally for one programme, financial year or party. */
    public List<SavingsEntryView> entries(String collaborationId, String financialYear, String partyId) {
        List<SavingsEntryView> entries = new ArrayList<>();
        for (ProgrammeView programme : states.all()) {
            if ((collaborationId != null && !collaborationId.equals(programme.collaborationId()))
                    || programme.details() == null) {
                continue;
            }
            for (SavingsView set : programme.details().savings()) {
                for (SavingLineView line : set.lines()) {
                    if ((financialYear == null || Objects.equals(financialYear, line.financialYear()))
                            && (partyId == null || partyId.equals(line.partyId()))) {
                        entries.add(new SavingsEntryView(programme.collaborationId(), programme.title(), set.savingsId(),
                                set.title(), set.basis(), set.costSharingModelId(), set.recordedOn(), line.partyId(),
                                line.partyName(), line.financialYear(), line.category(), line.amount(), line.cashable(),
                                set.computedTotal(), set.statedTotal(), set.totalDiffers(), set.eventId()));
                    }
                }
            }
        }
        return entries;
    }
}
