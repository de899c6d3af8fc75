package uk.police.collaboration.ledger.faults;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What must hold after any fault, checked by resubmitting every command the load sent (command
 * ids are idempotent): an acknowledged command is still there (200, replayed); a refused one wrote
 * nothing (it is recorded now, 201); one answered in doubt (503 OUTCOME_UNKNOWN) or unanswered is
 * one or the other, never twice. No command may have been answered 500: a failure the ledger could
 * not name is a defect, and "nothing was written" beside a stored command is a false answer.
 */
public final class AfterFault {

    public record Tally(int acknowledged, int refused, int inDoubt, int inDoubtHadBeenWritten, int unanswered,
                        int unansweredHadBeenWritten) {
        @Override
        public String toString() {
            return acknowledged + " acknowledged (all kept), " + refused + " refused (none written), " + inDoubt
                    + " answered OUTCOME_UNKNOWN (" + inDoubtHadBeenWritten + " of them had been written), " + unanswered
                    + " unanswered (" + unansweredHadBeenWritten + " of them had been written)";
        }
    }

    private AfterFault() {
    }

    public static Tally check(FaultClient client, List<CommandLoad.Sent> sent) {
        int acknowledged = 0;
        int refused = 0;
        int inDoubt = 0;
        int inDoubtWritten = 0;
        int unanswered = 0;
        int written = 0;
        for (CommandLoad.Sent command : sent) {
            assertThat(command.status()).as("%s was answered 500 (%s): a failure is never an answer", command.commandId(),
                    command.body()).isNotEqualTo(500);
            FaultClient.Answer again = client.command("RegisterCollaboration", command.commandId(), FaultClient.programme(command.programmeId()));
            switch (command.outcome()) {
                case ACKNOWLEDGED -> {
                    acknowledged++;
                    assertThat(again.status()).as("acknowledged %s answers as before: %s", command.commandId(), again.body()).isEqualTo(200);
                    assertThat(again.body()).contains("\"replayed\":true");
                }
                case REFUSED -> {
                    refused++;
                    assertThat(again.status()).as("refused %s (%d %s) had written nothing: %s", command.commandId(),
                            command.status(), command.body(), again.body()).isEqualTo(201);
                }
                case IN_DOUBT -> {
                    inDoubt++;
                    assertThat(again.status()).as("in doubt %s: %s", command.commandId(), again.body()).isIn(200, 201);
                    if (again.status() == 200) {
                        inDoubtWritten++;
                    }
                }
                case UNANSWERED -> {
                    unanswered++;
                    assertThat(again.status()).as("unanswered %s: %s", command.commandId(), again.body()).isIn(200, 201);
                    if (again.status() == 200) {
                        written++;
                    }
                }
            }
        }
        return new Tally(acknowledged, refused, inDoubt, inDoubtWritten, unanswered, written);
    }
}
