-- The benchmark's raw-PostgreSQL baseline (docs/benchmarks.md): a plain table of the event table's own
-- row shape, without the ledger's triggers, seals or command log. Created here, by the owner role that
-- runs every migration, because the application role may not create tables (least privilege, V120);
-- the application role writes to it through V120's default privileges, exactly as it writes events.
-- Only the benchmark's own ledgers add this location (spring.flyway.locations); no user ledger has it.
CREATE TABLE bench_raw (LIKE domainevententry INCLUDING DEFAULTS INCLUDING IDENTITY INCLUDING INDEXES);
