package uk.police.collaboration.ledger.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded write load: a few clients each registering new programmes, one command at a time,
 * remembering what became of every command id (acknowledged 201, refused with a status, answered
 * in doubt — 503 OUTCOME_UNKNOWN — or unanswered) so that after a fault the suite can check each one against the ledger.
 */
public final class CommandLoad {

    public enum Outcome { ACKNOWLEDGED, REFUSED, IN_DOUBT, UNANSWERED }

    public record Sent(String commandId, String programmeId, Outcome outcome, int status, String body) {
    }

    private final FaultClient client;
    private final String prefix;
    private final int clients;
    private final int maxPerClient;
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final Map<String, Sent> sent = new ConcurrentHashMap<>();
    private final List<Thread> threads = new ArrayList<>();

    public CommandLoad(FaultClient client, String prefix, int clients, int maxPerClient) {
        this.client = client;
        this.prefix = prefix;
        this.clients = clients;
        this.maxPerClient = maxPerClient;
    }

    public CommandLoad start() {
        running.set(true);
        for (int c = 0; c < clients; c++) {
            int clientNumber = c;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < maxPerClient && running.get(); i++) {
                    String id = prefix + "-" + clientNumber + "-" + i;
                    FaultClient.Answer answer = client.command("RegisterCollaboration", "cmd-" + id, FaultClient.programme(id));
                    // When the database dies during COMMIT the ledger cannot know whether the commit landed: it
                    // answers 503 OUTCOME_UNKNOWN, which like a lost reply is settled by the resubmission (AfterFault
                    // checks that it is). A 500 is kept as a refusal here and fails AfterFault: it is never an answer.
                    Outcome outcome = answer.unanswered() ? Outcome.UNANSWERED
                            : answer.status() == 201 ? Outcome.ACKNOWLEDGED
                            : answer.status() == 503 && answer.body().contains("\"OUTCOME_UNKNOWN\"") ? Outcome.IN_DOUBT
                            : Outcome.REFUSED;
                    if (outcome == Outcome.ACKNOWLEDGED) {
                        acknowledged.incrementAndGet();
                    }
                    sent.put("cmd-" + id, new Sent("cmd-" + id, id, outcome, answer.status(), answer.body()));
                }
            }, "fault-load-" + c);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        return this;
    }

    public int acknowledged() {
        return acknowledged.get();
    }

    /** Waits (bounded) until at least this many more commands have been acknowledged. */
    public void awaitAcknowledged(int atLeast, Duration bound) throws InterruptedException {
        long until = System.nanoTime() + bound.toNanos();
        while (acknowledged.get() < atLeast && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        if (acknowledged.get() < atLeast) {
            throw new AssertionError("only " + acknowledged.get() + " of " + atLeast + " commands acknowledged within " + bound);
        }
    }

    public List<Sent> stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(60).toMillis());
        }
        return List.copyOf(sent.values());
    }

    public FaultClient client() {
        return client;
    }
}
