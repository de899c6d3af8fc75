package uk.police.collaboration.ledger.web.pages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * The rows of a ROWS field (a programme's parties, a table of saving lines): which rows were filled
 * in, each read into one element of the command's list, and a refusal about element n placed beside
 * the form row it came from. Blank rows are left out, so element n is the n-th filled row, not row n.
 */
final class FormRows {

    private FormRows() {
    }

    /** The form rows with anything in them (a ticked box counts), in order. */
    static List<Integer> filled(CommandForm.Field rows, Map<String, String> values) {
        return rows.rowNumbers().stream()
                .filter(row -> rows.columns().stream().anyMatch(column -> !value(rows, row, column, values).isEmpty()))
                .toList();
    }

    static String value(CommandForm.Field rows, int row, CommandForm.Field column, Map<String, String> values) {
        String raw = values.get(rows.cell(row, column));
        return raw == null ? "" : raw.trim();
    }

    /** Each filled row as an object of its columns; a blank optional column left out, a box unticked false. */
    static void read(CommandForm.Field rows, Map<String, String> values, ArrayNode into) {
        for (int row : filled(rows, values)) {
            ObjectNode element = into.addObject();
            for (CommandForm.Field column : rows.columns()) {
                String value = value(rows, row, column, values);
                switch (column.kind()) {
                    case CHECKBOX -> element.put(column.name(), "true".equals(value) || "on".equals(value));
                    case MONEY -> {
                        if (!value.isEmpty()) {
                            element.put(column.name(), value.replace("£", "").replace(",", "").trim());
                        }
                    }
                    default -> {
                        if (!value.isEmpty()) {
                            element.put(column.name(), value);
                        }
                    }
                }
            }
        }
    }

    /**
     * The form row and column a refusal names ("parties[1].partyId" is the second filled row's party
     * id field), or null when it names the list as a whole or an element that is not there.
     */
    static String[] cellOf(CommandForm.Field rows, String named, Map<String, String> values) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(rows.name())
                + "\\[(\\d+)](?:\\.([A-Za-z]+))?.*").matcher(named);
        if (!m.matches()) {
            return null;
        }
        List<Integer> filled = filled(rows, values);
        int element = Integer.parseInt(m.group(1));
        if (element >= filled.size()) {
            return null;
        }
        int row = filled.get(element);
        CommandForm.Field column = rows.columns().stream().filter(c -> c.name().equals(m.group(2))).findFirst()
                .orElse(rows.columns().get(0));
        return new String[] {rows.cell(row, column), rows.cellId(row, column), "Row " + (row + 1) + ": "};
    }
}
