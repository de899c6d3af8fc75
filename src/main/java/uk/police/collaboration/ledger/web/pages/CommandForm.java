package uk.police.collaboration.ledger.web.pages;

import java.util.List;

/**
 * A form for one command: the payload fields a person fills in, in order, each with its label and
 * hint. The envelope (date, source paper, command id) is the same on every form.
 */
public record CommandForm(String command, String title, String purpose, String group, List<Field> fields) {

    public enum Kind { TEXT, TEXTAREA, DATE, MONEY, NUMBER, SELECT, CHECKBOX, LINES, PARTIES }

    /** name is the payload path ("optionId", "timescale.minMonths"). */
    public record Field(String name, String label, String hint, Kind kind, boolean required, List<Option> options) {

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

    static Field check(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.CHECKBOX, false, List.of());
    }

    static Field lines(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.LINES, false, List.of());
    }

    static Field parties(String name, String label, String hint) {
        return new Field(name, label, hint, Kind.PARTIES, true, List.of());
    }
}
