package uk.police.collaboration.ledger.web.pages;

import java.util.List;

/**
 * A form for one command: the payload fields a person fills in, in order, each with its label and
 * hint. The envelope (date, source paper, command id) is the same on every form.
 */
public record CommandForm(String command, String title, String purpose, String group, List<Field> fields) {

    /**
     * CHOICE: one of the programme's own records (its appraisals, options, parties, agreements,
     * decisions...), a select when the form knows the programme, else typed; SHARES: "party | percent"
     * lines; JSON: an object of facts (a correction's corrected facts); ROWS: a small repeating group
     * (a programme's parties, a table of saving lines) drawn as {@link #ROWS} rows of its columns, each
     * row a record of the command's list and a blank row left out, so no script is needed to add one.
     */
    public enum Kind { TEXT, TEXTAREA, DATE, MONEY, NUMBER, SELECT, CHECKBOX, LINES, PARTIES, CHOICE, SHARES, JSON, ROWS }

    /** Rows a ROWS field offers: the longest table a paper has needed so far fits (EMSOU-FS: six lines). */
    public static final int ROWS = 8;

    /**
     * name is the payload path ("optionId", "timescale.minMonths"); choices names the kind of record a
     * CHOICE offers (see FormChoices).
     */
    public record Field(String name, String label, String hint, Kind kind, boolean required, List<Option> options,
                        String choices, List<Field> columns) {

        Field(String name, String label, String hint, Kind kind, boolean required, List<Option> options, String choices) {
            this(name, label, hint, kind, required, options, choices, List.of());
        }

        Field(String name, String label, String hint, Kind kind, boolean required, List<Option> options) {
            this(name, label, hint, kind, required, options, null);
        }

        /** A ROWS field's row numbers, from 0. */
        public List<Integer> rowNumbers() {
            return java.util.stream.IntStream.range(0, ROWS).boxed().toList();
        }

        /** The request parameter of one cell of a ROWS field: "p.parties[2].name". */
        public String cell(int row, Field column) {
            return param() + "[" + row + "]." + column.name();
        }

        /** The element id of one cell: "field-parties-2-name". */
        public String cellId(int row, Field column) {
            return id() + "-" + row + "-" + column.name();
        }

        public String id() {
            return "field-" + name.replace('.', '-');
        }

        public String param() {
            return "p." + name;
        }

        public boolean is(String kind) {
            return this.kind.name().equals(kind);
        }
    }

    public record Option(String value, String text) {
    }

    public String id() {
        return command;
    }

    public Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    static Field text(String name, String label, String hint, boolean required) {
        return new Field(name, label, hint, Kind.TEXT, required, List.of());
    }

    static Field area(String name, String label, String hint, boolean required) {
        return new Field(name, label, hint, Kind.TEXTAREA, required, List.of());
    }

    static Field date(String name, String label, String hint, boolean required) {
        return new Field(name, label, hint == null ? "For example, 2018-02-01" : hint, Kind.DATE, required, List.of());
    }

    static Field money(String name, String label, String hint, boolean required) {
        return new Field(name, label, hint == null ? "In pounds and pence, for example 188000.00" : hint, Kind.MONEY,
                required, List.of());
    }

    static Field number(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.NUMBER, false, List.of());
    }

    static Field select(String name, String label, String hint, List<Option> options) {
        return new Field(name, label, hint, Kind.SELECT, true, options);
    }

    /** A select of an enum's values, worded for people ("COMMERCIAL_SENSITIVITY" reads "Commercial sensitivity"). */
    static Field select(String name, String label, String hint, Class<? extends Enum<?>> values) {
        return select(name, label, hint, java.util.Arrays.stream(values.getEnumConstants())
                .map(v -> new Option(v.name(), words(v.name()))).toList());
    }

    static String words(String constant) {
        if (constant.length() <= 3) {
            return constant; // SOC, OBC, FBC, PCC
        }
        String text = (" " + constant.replace('_', ' ').toLowerCase(java.util.Locale.UK) + " ")
                .replace(" pcc ", " PCC ").replace("section 22a", "Section 22A").trim();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static Field check(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.CHECKBOX, false, List.of());
    }

    static Field lines(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.LINES, false, List.of());
    }

    static Field choice(String name, String label, String hint, boolean required, String choices) {
        return new Field(name, label, hint, Kind.CHOICE, required, List.of(), choices);
    }

    static Field shares(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.SHARES, true, List.of());
    }

    static Field json(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.JSON, true, List.of());
    }

    /** A repeating group of rows; at least one row must be filled in. */
    static Field rows(String name, String label, String hint, Field... columns) {
        return new Field(name, label, hint, Kind.ROWS, true, List.of(), null, List.of(columns));
    }

    static Field parties(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.PARTIES, true, List.of());
    }
}
