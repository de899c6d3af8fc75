package uk.police.collaboration.ledger.validtime;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A valid programme, generated: its facts with their dates (one fact a day, so that world order is
 * the order of the dates) and what each fact needs recorded before it (a record's first fact before
 * its others; a party's joining before a model naming it). Any order that respects those needs is
 * an order in which a secretariat could type the facts in, and the ledger accepts every line of it.
 */
final class ProgrammePlan {

    /** One command to record; payload JSON uses ' for " and {run} for the run's suffix. */
    record Fact(String key, String command, LocalDate on, String payload, List<String> after) {
    }

    private static final LocalDate BASE = LocalDate.parse("2019-01-07");
    private static final int SPAN = 1400;

    private final Random random;
    private final Set<LocalDate> taken = new HashSet<>();
    private final Map<String, Fact> facts = new LinkedHashMap<>();
    private LocalDate p4Leaves, p5Joins, p5Leaves;

    private ProgrammePlan(Random random) {
        this.random = random;
    }

    List<Fact> facts() {
        return List.copyOf(facts.values());
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        facts.values().forEach(f -> text.append(f.on()).append(' ').append(f.command()).append(' ').append(f.key()).append('\n'));
        return text.toString();
    }

    static ProgrammePlan generate(Random random) {
        ProgrammePlan plan = new ProgrammePlan(random);
        plan.build();
        return plan;
    }

    /** A random order of the facts in which every fact comes after what it needs. */
    List<Fact> order(Random random) {
        List<Fact> left = new ArrayList<>(facts.values());
        List<Fact> order = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (!left.isEmpty()) {
            List<Fact> ready = left.stream().filter(f -> placed.containsAll(f.after())).toList();
            Fact next = ready.get(random.nextInt(ready.size()));
            order.add(next);
            placed.add(next.key());
            left.remove(next);
        }
        return order;
    }

    private void build() {
        taken.add(BASE);
        add("register", "RegisterCollaboration", BASE, "{'collaborationId':'p-{run}','title':'Programme {run}','scope':'Generated',"
                + "'parties':[" + party("p1") + "," + party("p2") + "," + party("p3") + "," + party("p4") + "],"
                + "'leadPartyId':null,'leadOfficer':null}");
        if (random.nextBoolean()) {
            p4Leaves = day(BASE);
            add("p4-leaves", "WithdrawFromCollaboration", p4Leaves, "{'collaborationId':'p-{run}','partyId':'p4','reason':'Leaves'}", "register");
        }
        if (random.nextBoolean()) {
            p5Joins = day(BASE);
            add("p5-joins", "JoinCollaboration", p5Joins, "{'collaborationId':'p-{run}','party':" + party("p5") + "}", "register");
            if (random.nextBoolean()) {
                p5Leaves = day(p5Joins);
                add("p5-leaves", "WithdrawFromCollaboration", p5Leaves, "{'collaborationId':'p-{run}','partyId':'p5','reason':'Leaves'}", "p5-joins");
            }
        }
        models();
        funding();
        agreement();
        risk();
        decision();
        milestone();
        businessCase();
    }

    private void models() {
        int models = 1 + random.nextInt(3);
        for (int m = 1; m <= models; m++) {
            LocalDate appliesFrom = BASE.plusDays(random.nextInt(SPAN));
            List<String> on = partiesOn(appliesFrom);
            List<String> named = new ArrayList<>();
            for (String party : on) {
                if (random.nextInt(4) > 0) {
                    named.add(party);
                }
            }
            if (named.isEmpty()) {
                named.add(on.get(0));
            }
            List<Integer> shares = split(100, named.size());
            StringBuilder list = new StringBuilder();
            for (int i = 0; i < named.size(); i++) {
                list.append(i == 0 ? "" : ",").append("{'partyId':'").append(named.get(i)).append("','share':'")
                        .append(shares.get(i)).append("'}");
            }
            List<String> after = new ArrayList<>(List.of("register"));
            if (named.contains("p5")) {
                after.add("p5-joins");
            }
            add("model-" + m, "AgreeCostSharing", day(BASE), "{'collaborationId':'p-{run}','modelId':'m" + m + "','name':'Model " + m
                    + "','basis':'FUNDING_FORMULA','shares':[" + list + "],'decisionReference':null,'appliesFrom':'" + appliesFrom + "'}",
                    after.toArray(String[]::new));
        }
    }

    private void funding() {
        int requests = 1 + random.nextInt(3);
        for (int r = 1; r <= requests; r++) {
            long pennies = 1 + random.nextInt(50_000_000);
            int year = 2019 + random.nextInt(4);
            LocalDate requested = day(BASE);
            add("fund-" + r, "RequestFunding", requested, "{'fundingRequestId':'f" + r + "-{run}','collaborationId':'p-{run}','amount':'"
                    + pounds(pennies) + "','financialYear':'" + year + "/" + String.format("%02d", (year + 1) % 100)
                    + "','purpose':'Purpose " + r + "','fundingSource':null,'budgetLines':[],'decisionReference':null}");
            long left = pennies;
            int allocations = random.nextInt(3);
            for (int a = 1; a <= allocations && left > 0; a++) {
                long amount = 1 + (long) (random.nextDouble() * left);
                left -= amount;
                add("fund-" + r + "-alloc-" + a, "AllocateFunding", day(requested), "{'fundingRequestId':'f" + r + "-{run}','allocationId':'a" + a
                        + "','amount':'" + pounds(amount) + "','decisionReference':'Board " + a + "'}", "fund-" + r);
            }
        }
    }

    private void agreement() {
        LocalDate drafted = day(BASE);
        add("draft", "DraftAgreement", drafted, "{'agreementId':'a-{run}','collaborationId':'p-{run}','kind':'SECTION_22A',"
                + "'title':'Agreement','parties':[{'partyId':'p1','name':'Party p1','signatureRequired':true},"
                + "{'partyId':'p2','name':'Party p2','signatureRequired':true},{'partyId':'p3','name':'Party p3','signatureRequired':true}],"
                + "'supersedesAgreementId':null,'signBy':null}");
        int signing = 1 + random.nextInt(3);
        for (int s = 1; s <= signing; s++) {
            add("sign-p" + s, "SignAgreement", day(drafted), "{'agreementId':'a-{run}','partyId':'p" + s + "','signatory':'Signatory " + s + "'}", "draft");
        }
        if (random.nextBoolean()) {
            LocalDate moved = day(drafted);
            add("correct-sign-p1", "CorrectRecord", day(BASE), "{'correctionId':'c-{run}','recordId':'a-{run}','commandId':'{run}-sign-p1',"
                    + "'whatWasWrong':'Signed on another day','correctedEffectiveOn':'" + moved + "'}", "sign-p1");
        }
    }

    private void risk() {
        LocalDate raised = day(BASE);
        add("risk", "RaiseRisk", raised, "{'riskId':'r-{run}','collaborationId':'p-{run}','label':'a','description':'Risk',"
                + "'likelihood':null,'impact':null,'owner':null}");
        if (random.nextBoolean()) {
            add("risk-closed", "CloseRisk", day(raised), "{'riskId':'r-{run}','reason':'Gone'}", "risk");
        }
    }

    private void decision() {
        LocalDate recorded = day(BASE);
        add("decision", "RecordDecision", recorded, "{'reference':'D/{run}','collaborationId':'p-{run}','title':'Decision',"
                + "'decisionMaker':'PCC','reportAuthor':'Author','reportDate':null,'recommendations':[],'expenditure':null,"
                + "'flaggedSignificant':false,'significanceReason':null,'optionIds':[],'agreementIds':[],'fundingRequestIds':[]}");
        add("sign-off-ceo", "RecordSignOff", day(recorded), "{'reference':'D/{run}','role':'CHIEF_EXECUTIVE','name':'Chief Executive'}", "decision");
        if (random.nextBoolean()) {
            add("sign-off-treasurer", "RecordSignOff", day(recorded), "{'reference':'D/{run}','role':'TREASURER','name':'Treasurer'}", "decision");
        }
    }

    private void milestone() {
        LocalDate set = day(BASE);
        add("milestone", "SetMilestone", set, "{'milestoneId':'m-{run}','collaborationId':'p-{run}','title':'Go-live',"
                + "'plannedOn':'2021-01-01','workstreamId':null}");
        if (random.nextBoolean()) {
            add("milestone-revised", "ReviseMilestone", day(set), "{'milestoneId':'m-{run}','plannedOn':'2021-06-01','reason':'Later'}", "milestone");
        }
    }

    private void businessCase() {
        LocalDate drafted = day(BASE);
        LocalDate endorsed = day(drafted);
        LocalDate approved = day(endorsed);
        LocalDate advanced = day(approved);
        add("case", "DraftBusinessCase", drafted, "{'businessCaseId':'bc-{run}','collaborationId':'p-{run}','workstreamId':null,"
                + "'title':'Outline case','stage':'OBC','tranche':null}");
        add("case-endorsed", "EndorseBusinessCase", endorsed, "{'businessCaseId':'bc-{run}','endorsedBy':'Chiefs'}", "case");
        add("case-approved", "ApproveBusinessCase", approved, "{'businessCaseId':'bc-{run}','approvedBy':'PCCs','decisionReference':null}", "case-endorsed");
        add("case-advanced", "AdvanceBusinessCase", advanced, "{'businessCaseId':'bc-{run}','toStage':'FBC','title':'Full case'}", "case-approved");
    }

    private List<String> partiesOn(LocalDate day) {
        List<String> on = new ArrayList<>(List.of("p1", "p2", "p3"));
        if (p4Leaves == null || p4Leaves.isAfter(day)) {
            on.add("p4");
        }
        if (p5Joins != null && !p5Joins.isAfter(day) && (p5Leaves == null || p5Leaves.isAfter(day))) {
            on.add("p5");
        }
        return on;
    }

    private List<Integer> split(int total, int parts) {
        List<Integer> cuts = new ArrayList<>(List.of(0, total));
        for (int i = 1; i < parts; i++) {
            cuts.add(random.nextInt(total + 1));
        }
        cuts.sort(Integer::compare);
        List<Integer> shares = new ArrayList<>();
        for (int i = 1; i < cuts.size(); i++) {
            shares.add(cuts.get(i) - cuts.get(i - 1));
        }
        return shares;
    }

    /** A day of its own after {@code after}, within the span. */
    private LocalDate day(LocalDate after) {
        long room = BASE.plusDays(SPAN).toEpochDay() - after.toEpochDay();
        for (int attempt = 0; attempt < 10_000; attempt++) {
            LocalDate candidate = after.plusDays(1 + (long) (random.nextDouble() * Math.max(1, room - 1)));
            if (taken.add(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free day after " + after);
    }

    private void add(String key, String command, LocalDate on, String payload, String... after) {
        List<String> needs = new ArrayList<>(List.of(after));
        if (!key.equals("register") && !needs.contains("register")) {
            needs.add("register");
        }
        facts.put(key, new Fact(key, command, on, payload, needs));
    }

    private static String party(String id) {
        return "{'partyId':'" + id + "','name':'Party " + id + "','kind':'FORCE','corporationSole':false}";
    }

    private static String pounds(long pennies) {
        return java.math.BigDecimal.valueOf(pennies, 2).toPlainString();
    }
}
