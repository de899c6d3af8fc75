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
     * lines; JSON: an object of facts (a correction's corrected facts).
     */
    public enum Kind { TEXT, TEXTAREA, DATE, MONEY, NUMBER, SELECT, CHECKBOX, LINES, PARTIES, CHOICE, SHARES, JSON }

    /**
     * name is the payload path ("optionId", "timescale.minMonths"); choices names the kind of record a
     * CHOICE offers (see FormChoices).
     */
    public record Field(String name, String label, String hint, Kind kind, boolean required, List<Option> options,
                        String choices) {

        Field(String name, String label, String hint, Kind kind, boolean required, List<Option> options) {
            this(name, label, hint, kind, required, options, null);
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

    static Field parties(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.PARTIES, true, List.of());
    }
}
