package uk.police.collaboration.ledger.benchmark;

/**
 * How big each scenario is. The full run is what {@code docs/benchmarks.md} reports; the quick run
 * (CI) is the same code at sizes that finish in seconds, and its figures are not recorded.
 *
 * @param commands        commands per append figure (S1, S2)
 * @param restCommands    commands for the REST figure (S2)
 * @param writers         concurrent writers for the many-writer figures (S1, S2)
 * @param bigProgramme    events in the one large programme (S3, S4)
 * @param decisions       published decisions in the FOI programme (S5)
 * @param conflicting     concurrent commands on one record (S6)
 * @param asOfSamples     as-of reads sampled per figure (S4, S7)
 * @param storedSizes     events already stored for S7's repeated S1 and S4, in increasing order
 * @param writeDocs       whether the table is written into docs/benchmarks.md
 * @param scenarios       the scenarios to run (S1…S7); empty: all of them. S4 alone still builds S3's large
 *                        programme (it is what S4 reads) but does not time its arrival or rebuild the read side
 */
record BenchmarkSettings(int commands, int restCommands, int writers, int bigProgramme, int decisions, int conflicting, int asOfSamples,
                         long[] storedSizes, boolean writeDocs, java.util.Set<String> scenarios) {

    /** Whether the run includes this scenario ("S1" … "S7"). */
    boolean runs(String scenario) {
        return scenarios.isEmpty() || scenarios.contains(scenario);
    }

    static BenchmarkSettings quick() {
        return new BenchmarkSettings(60, 30, 4, 400, 40, 12, 5, new long[]{5_000}, false, java.util.Set.of());
    }

    static BenchmarkSettings full() {
        return new BenchmarkSettings(
                Integer.getInteger("ledger.benchmark.commands", 2000),
                Integer.getInteger("ledger.benchmark.rest-commands", 1000),
                Integer.getInteger("ledger.benchmark.writers", 32),
                Integer.getInteger("ledger.benchmark.big-programme", 10_000),
                Integer.getInteger("ledger.benchmark.decisions", 1500),
                Integer.getInteger("ledger.benchmark.conflicting", 50),
                Integer.getInteger("ledger.benchmark.as-of-samples", 30),
                sizes(System.getProperty("ledger.benchmark.stored", "100000,5000000")),
                Boolean.parseBoolean(System.getProperty("ledger.benchmark.write-docs", "true")),
                names(System.getProperty("ledger.benchmark.scenarios", "")));
    }

    static BenchmarkSettings fromSystemProperties() {
        return Boolean.getBoolean("ledger.benchmark.quick") ? quick() : full();
    }

    private static java.util.Set<String> names(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static long[] sizes(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .mapToLong(Long::parseLong).sorted().toArray();
    }
}
