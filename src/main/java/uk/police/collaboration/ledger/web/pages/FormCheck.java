package uk.police.collaboration.ledger.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Every field of a form checked before it is sent, so that one answer names every mistake (the
 * GOV.UK pattern) rather than the first one the intake meets. Only the shape of what was typed is
 * checked here; the rules stay with the aggregates, and their refusal is added when the shape is right.
 */
final class FormCheck {

    private FormCheck() {
    }

    static FormErrors of(CommandForm form, Map<String, String> values) {
        FormErrors errors = FormErrors.none();
        for (CommandForm.Field f : form.fields()) {
            String value = values.getOrDefault(f.param(), "").trim();
            String label = plain(f.label());
            if (f.kind() == CommandForm.Kind.ROWS) {
                rows(f, values, errors);
                continue;
            }
            if (value.isEmpty()) {
                if (f.required() && f.kind() != CommandForm.Kind.CHECKBOX) {
                    boolean pick = f.kind() == CommandForm.Kind.SELECT || f.kind() == CommandForm.Kind.CHOICE;
                    errors.field(f.param(), f.id(), (pick ? "Select " : "Enter ") + lower(label));
                }
                continue;
            }
            String problem = switch (f.kind()) {
                case DATE -> date(value) ? null : label + " must be a date, for example 2018-02-01";
                case NUMBER -> value.matches("\\d{1,6}") ? null : label + " must be a whole number, for example 18";
                case MONEY -> money(value) ? null : label + " must be an amount in pounds and pence, for example 188000.00";
                case JSON -> object(value) ? null : label + " must be a JSON object, for example {\"impact\": \"Medium\"}";
                case SHARES -> shares(value) ? null : label + ": write each share as party id | percent, for example herts-pcc | 45.5";
                default -> null;
            };
            if (problem != null) {
                errors.field(f.param(), f.id(), problem);
            }
        }
        String effectiveOn = values.getOrDefault("effectiveOn", "").trim();
        if (effectiveOn.isEmpty()) {
            errors.field("effectiveOn", "effectiveOn", "Enter the date it happened");
        } else if (!date(effectiveOn)) {
            errors.field("effectiveOn", "effectiveOn", "The date it happened must be a date, for example 2018-02-01");
        }
        if (values.getOrDefault("sourceReference", "").isBlank()) {
            errors.field("sourceReference", "sourceReference", "Enter source reference");
        }
        return errors;
    }

    /** At least one row, and in each filled row every required column filled and every amount an amount. */
    private static void rows(CommandForm.Field f, Map<String, String> values, FormErrors errors) {
        java.util.List<Integer> filled = FormRows.filled(f, values);
        if (filled.isEmpty() && f.required()) {
            CommandForm.Field first = f.columns().get(0);
            errors.field(f.cell(0, first), f.cellId(0, first), "Enter at least one row of " + lower(plain(f.label())));
        }
        for (int row : filled) {
            for (CommandForm.Field column : f.columns()) {
                String value = FormRows.value(f, row, column, values);
                String label = plain(column.label());
                String problem = null;
                if (value.isEmpty()) {
                    if (column.required() && column.kind() != CommandForm.Kind.CHECKBOX) {
                        problem = (column.kind() == CommandForm.Kind.SELECT ? "select " : "enter ") + lower(label);
                    }
                } else if (column.kind() == CommandForm.Kind.MONEY && !money(value)) {
                    problem = lower(label) + " must be an amount in pounds and pence, for example 90181.00";
                }
                if (problem != null) {
                    errors.field(f.cell(row, column), f.cellId(row, column), "Row " + (row + 1) + ": " + problem);
                }
            }
        }
    }

    private static String plain(String label) {
        return label.replaceAll(" \\(optional[^)]*\\)$", "");
    }

    private static String lower(String label) {
        return label.isEmpty() ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    private static boolean date(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean money(String text) {
        String plain = text.replace("£", "").replace(",", "").trim();
        try {
            return new BigDecimal(plain).stripTrailingZeros().scale() <= 2 && plain.matches("-?\\d+(\\.\\d{1,2})?");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean object(String text) {
        try {
            JsonNode node = LedgerJson.mapper().readTree(text);
            return node != null && node.isObject();
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean shares(String text) {
        return text.lines().map(String::trim).filter(l -> !l.isEmpty())
                .allMatch(l -> l.matches("[^|]+\\|\\s*\\d{1,3}(\\.\\d{1,4})?\\s*%?"));
    }
}
