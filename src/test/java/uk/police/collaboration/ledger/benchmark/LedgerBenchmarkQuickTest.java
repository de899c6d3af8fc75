package uk.police.collaboration.ledger.benchmark;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark command in its quick mode, as CI runs it: every scenario runs end to end on a
 * fresh ledger. Checks what the scenarios must keep whatever the speed — never a duration.
 */
class LedgerBenchmarkQuickTest {

    @Test
    void everyScenarioRunsAndNoConcurrentCommandOnOneRecordIsLostOrRefused() throws Exception {
        BenchmarkSettings quick = BenchmarkSettings.quick();
        LedgerBenchmark.Outcome outcome = LedgerBenchmark.run(quick);
        assertThat(outcome.conflictingRecorded()).isEqualTo(quick.conflicting());
        assertThat(outcome.conflictingRefused409() + outcome.conflictingOther()).isZero();
        assertThat(outcome.eventsInLedgerLog()).isEqualTo(outcome.eventsStored());
    }
}
