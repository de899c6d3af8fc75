package uk.police.collaboration.ledger.collaboration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static uk.police.collaboration.ledger.shared.RuleViolation.refuseUnless;
import static uk.police.collaboration.ledger.shared.WorldDate.on;

/**
 * Who is a party of a collaboration on which date (valid time), whatever order the joinings and
 * withdrawals were recorded in. A party is a party on a day when its latest joining or withdrawal
 * dated on or before that day is a joining: a withdrawal takes effect on its own date. Facts of one
 * day keep the order they were recorded in.
 * <p>
 * The rules of joining and withdrawing are judged on the fact's own date, and a fact recorded late
 * must leave the party's history consistent: a party cannot join twice without withdrawing in
 * between, and no day may be left without any party.
 */
final class Membership {

    static final String ALREADY_A_PARTY = "ALREADY_A_PARTY";
    static final String NOT_A_CURRENT_PARTY = "NOT_A_CURRENT_PARTY";
    static final String LAST_PARTY_CANNOT_WITHDRAW = "LAST_PARTY_CANNOT_WITHDRAW";

    private record Change(LocalDate on, long sequence, boolean joined) {
    }

    private static final Comparator<Change> ORDER = Comparator.comparing(Change::on).thenComparingLong(Change::sequence);

    private final String collaborationId;
    private final Map<String, List<Change>> changes = new LinkedHashMap<>();
    private long sequence;

    Membership(String collaborationId) {
        this.collaborationId = collaborationId;
    }

    void joined(String partyId, LocalDate on) {
        add(partyId, new Change(on, sequence++, true));
    }

    void withdrew(String partyId, LocalDate on) {
        add(partyId, new Change(on, sequence++, false));
    }

    private void add(String partyId, Change change) {
        List<Change> list = changes.computeIfAbsent(partyId, id -> new ArrayList<>());
        list.add(change);
        list.sort(ORDER);
    }

    /** Whether the party is a party on that day (a fact being recorded now comes after that day's others). */
    boolean isPartyOn(String partyId, LocalDate day) {
        return latestBy(partyId, day).map(Change::joined).orElse(false);
    }

    Set<String> partiesOn(LocalDate day) {
        Set<String> parties = new LinkedHashSet<>();
        changes.keySet().stream().filter(p -> isPartyOn(p, day)).forEach(parties::add);
        return parties;
    }

    boolean everAParty(String partyId) {
        return changes.containsKey(partyId);
    }

    /** Why a party is not a party on that day, in words ("it withdrew on 2022-03-31"), or empty. */
    String whyNotOn(String partyId, LocalDate day) {
        Optional<Change> latest = latestBy(partyId, day);
        if (latest.isPresent() && !latest.get().joined()) {
            return "it withdrew" + on(latest.get().on());
        }
        Optional<Change> next = nextAfter(partyId, day);
        if (next.isPresent() && next.get().joined()) {
            return "it joins only" + on(next.get().on());
        }
        return "it has never been a party";
    }

    void checkJoin(String partyId, LocalDate day) {
        refuseUnless(!isPartyOn(partyId, day), ALREADY_A_PARTY,
                "Party '" + partyId + "' is already a party of collaboration '" + collaborationId + "'" + on(day),
                "party.partyId");
        nextAfter(partyId, day).filter(Change::joined).ifPresent(next -> refuseUnless(false, ALREADY_A_PARTY,
                "Party '" + partyId + "' is recorded as joining collaboration '" + collaborationId + "'" + on(next.on())
                        + "; an earlier joining" + on(day) + " would make it join twice without withdrawing "
                        + "(correct the date of the recorded joining instead)",
                "party.partyId"));
    }

    void checkWithdrawal(String partyId, LocalDate day, String leadPartyId) {
        refuseUnless(isPartyOn(partyId, day), NOT_A_CURRENT_PARTY,
                "Party '" + partyId + "' is not a party of collaboration '" + collaborationId + "'" + on(day)
                        + ": " + whyNotOn(partyId, day),
                "partyId");
        nextAfter(partyId, day).filter(next -> !next.joined()).ifPresent(next -> refuseUnless(false,
                NOT_A_CURRENT_PARTY,
                "Party '" + partyId + "' is recorded as withdrawing from collaboration '" + collaborationId + "'"
                        + on(next.on()) + "; an earlier withdrawal" + on(day) + " would make it withdraw twice "
                        + "(correct the date of the recorded withdrawal instead)",
                "partyId"));
        refuseUnless(!partyId.equals(leadPartyId), "LEAD_PARTY_CANNOT_WITHDRAW",
                "Party '" + partyId + "' is the lead party of collaboration '" + collaborationId
                        + "' and the lead party cannot withdraw",
                "partyId");
        // Every day from the withdrawal on, with it counted, must still have a party.
        Membership after = copy();
        after.withdrew(partyId, day);
        Set<LocalDate> days = new TreeSet<>();
        days.add(day);
        changes.values().forEach(list -> list.stream().map(Change::on).filter(d -> d.isAfter(day)).forEach(days::add));
        for (LocalDate d : days) {
            refuseUnless(!after.partiesOn(d).isEmpty(), LAST_PARTY_CANNOT_WITHDRAW,
                    "Party '" + partyId + "' would leave collaboration '" + collaborationId + "' without any party"
                            + on(d) + " and cannot withdraw; close the collaboration instead",
                    "partyId");
        }
    }

    private Membership copy() {
        Membership copy = new Membership(collaborationId);
        changes.forEach((party, list) -> list.forEach(c -> copy.add(party, c)));
        copy.sequence = sequence;
        return copy;
    }

    private Optional<Change> latestBy(String partyId, LocalDate day) {
        Change latest = null;
        for (Change c : changes.getOrDefault(partyId, List.of())) {
            if (!c.on().isAfter(day)) {
                latest = c;
            }
        }
        return Optional.ofNullable(latest);
    }

    private Optional<Change> nextAfter(String partyId, LocalDate day) {
        return changes.getOrDefault(partyId, List.of()).stream().filter(c -> c.on().isAfter(day)).findFirst();
    }
}
