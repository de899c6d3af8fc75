package uk.police.collaboration.ledger.validtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.police.collaboration.ledger.LedgerApplication;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.intake.Accepted;
import uk.police.collaboration.ledger.intake.CommandEnvelope;
import uk.police.collaboration.ledger.intake.CommandIntake;
import uk.police.collaboration.ledger.ledgerlog.LedgerLog;
import uk.police.collaboration.ledger.programme.ProgrammeQueries;
import uk.police.collaboration.ledger.registers.Registers;
import uk.police.collaboration.ledger.shared.LedgerJson;
import uk.police.collaboration.ledger.timeline.TimelineQueries;
import uk.police.collaboration.ledger.timeline.TimelineView.LineView;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8, proof by permutation: a generated, valid programme is recorded twice, its facts typed in
 * two different valid orders, into a real ledger (its own application context, against a real
 * embedded PostgreSQL); both recordings must give the same answers — the current state, the state as
 * of every effective date, the registers and the timeline (its order and its sentences).
 */
class RecordingOrderPropertyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static ConfigurableApplicationContext ledger;

    @BeforeContainer
    static void startLedger() {
        // As command-line arguments, so that they win over application.yml.
        ledger = new SpringApplicationBuilder(LedgerApplication.class).web(WebApplicationType.NONE).profiles("test")
                .run("--ledger.demo-data.load=false", "--ledger.integrity.scheduled-digests=false");
    }

    @AfterContainer
    static void stopLedger() {
        if (ledger != null) {
            ledger.close();
        }
    }

    @Provide
    Arbitrary<ProgrammePlan> programmes() {
        return Arbitraries.randomValue(ProgrammePlan::generate);
    }

    @Property(tries = 12, shrinking = ShrinkingMode.OFF)
    void theAnswersDoNotDependOnTheOrderTheFactsWereRecordedIn(@ForAll("programmes") ProgrammePlan plan,
                                                                @ForAll Random random) {
        List<ProgrammePlan.Fact> first = plan.order(random);
        List<ProgrammePlan.Fact> second = plan.order(random);
        Answers a = answers(record(first), first);
        Answers b = answers(record(second), second);
        String orders = "\nplan:\n" + plan + "first order: " + first.stream().map(ProgrammePlan.Fact::key).toList()
                + "\nsecond order: " + second.stream().map(ProgrammePlan.Fact::key).toList();
        assertThat(b.current()).as("current state" + orders).isEqualTo(a.current());
        assertThat(b.asOf().keySet()).isEqualTo(a.asOf().keySet());
        a.asOf().forEach((day, view) -> assertThat(b.asOf().get(day)).as("as of " + day + orders).isEqualTo(view));
        assertThat(b.registers()).as("registers" + orders).isEqualTo(a.registers());
        assertThat(b.timeline()).as("timeline" + orders).isEqualTo(a.timeline());
    }

    /** Records the facts in this order under a fresh run suffix; answers the run and the events written. */
    private Run record(List<ProgrammePlan.Fact> order) {
        String run = "r" + UUID.randomUUID().toString().substring(0, 8);
        CommandIntake intake = ledger.getBean(CommandIntake.class);
        List<String> eventIds = new ArrayList<>();
        for (ProgrammePlan.Fact fact : order) {
            ObjectNode payload = (ObjectNode) json(fact.payload().replace('\'', '"').replace("{run}", run));
            Accepted accepted = intake.submit(new CommandEnvelope(fact.command(), run + "-" + fact.key(), fact.on().toString(),
                    new CommandEnvelope.SourceReference("PLAN/" + fact.key(), null, "Generated paper", null), payload, null),
                    "property-test");
            eventIds.addAll(accepted.eventIds());
        }
        LedgerLog log = ledger.getBean(LedgerLog.class);
        Instant deadline = Instant.now().plus(PATIENCE);
        while (log.ofProgramme("p-" + run).size() < eventIds.size()) {
            assertThat(Instant.now()).as("the read side catches up").isBefore(deadline);
            pause();
        }
        return new Run(run, eventIds);
    }

    private record Run(String run, List<String> eventIds) {
    }

    private record Answers(String current, Map<LocalDate, String> asOf, String registers, List<String> timeline) {
    }

    private Answers answers(Run run, List<ProgrammePlan.Fact> facts) {
        String id = "p-" + run.run();
        ProgrammeQueries programmes = ledger.getBean(ProgrammeQueries.class);
        Registers registers = ledger.getBean(Registers.class);
        TimelineQueries timelines = ledger.getBean(TimelineQueries.class);
        Set<LocalDate> days = new TreeSet<>();
        facts.forEach(f -> days.add(f.on()));
        Map<LocalDate, String> asOf = new LinkedHashMap<>();
        for (LocalDate day : days) {
            asOf.put(day, normalised(programmes.asOf(id, day, null, Clearance.AUDITOR), run));
        }
        String registerRows = normalised(List.of(registers.agreements(id, Clearance.AUDITOR),
                registers.decisions(id, null, null, Clearance.AUDITOR), registers.funding(id, null, Clearance.AUDITOR)), run);
        List<String> timeline = new ArrayList<>();
        for (LineView line : timelines.timeline(id, null, null, Set.of(), 0, 500, Clearance.AUDITOR).lines()) {
            timeline.add(normalised(List.of(line.effectiveOn(), line.eventType(), line.summary(),
                    String.valueOf(line.currentSummary()), line.changes()), run));
        }
        return new Answers(normalised(programmes.current(id, Clearance.AUDITOR), run), asOf, registerRows, timeline);
    }

    /**
     * A view as JSON without what differs between two recordings of the same facts by construction:
     * event ids and recording instants (transaction time), and the run's suffix in every id.
     */
    private static String normalised(Object view, Run run) {
        JsonNode tree = LedgerJson.mapper().valueToTree(view);
        strip(tree);
        String text = tree.toString().replace(run.run(), "RUN");
        for (String eventId : run.eventIds()) {
            text = text.replace(eventId, "EVENT");
        }
        return text;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(List.of("eventId", "recordedAt", "correctedBy", "correctedEventId", "correctionEventId",
                    "lastChange", "knownAt"));
        }
        node.forEach(RecordingOrderPropertyTest::strip);
    }

    private static JsonNode json(String text) {
        try {
            return LedgerJson.mapper().readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
