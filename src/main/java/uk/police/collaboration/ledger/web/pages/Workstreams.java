package uk.police.collaboration.ledger.web.pages;

import uk.police.collaboration.ledger.programme.ProgrammeView.WorkstreamView;

import java.util.ArrayList;
import java.util.List;

/** Nested workstreams as rows with their depth, for one table (the five priorities under a parent, say). */
final class Workstreams {

    public record Row(WorkstreamView workstream, int depth, String parentTitle) {
    }

    private Workstreams() {
    }

    static List<Row> flatten(List<WorkstreamView> top) {
        List<Row> rows = new ArrayList<>();
        top.forEach(w -> add(w, 0, null, rows));
        return rows;
    }

    private static void add(WorkstreamView w, int depth, String parent, List<Row> rows) {
        rows.add(new Row(w, depth, parent));
        if (w.workstreams() != null) {
            w.workstreams().forEach(child -> add(child, depth + 1, w.title(), rows));
        }
    }
}
