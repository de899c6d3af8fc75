package uk.police.collaboration.ledger.web.pages;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import uk.police.collaboration.ledger.access.Clearance;
import uk.police.collaboration.ledger.intake.Accepted;
import uk.police.collaboration.ledger.intake.CommandEnvelope;
import uk.police.collaboration.ledger.intake.CommandIntake;
import uk.police.collaboration.ledger.intake.CommandRefused;
import uk.police.collaboration.ledger.intake.OutcomeUnknown;
import uk.police.collaboration.ledger.intake.RefusalTranslator;
import uk.police.collaboration.ledger.programme.ProgrammeQueries;
import uk.police.collaboration.ledger.programme.ProgrammeView;
import uk.police.collaboration.ledger.readside.ReadRefused;
import uk.police.collaboration.ledger.shared.LedgerJson;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Forms for the everyday commands. A form goes through the same door as the API
 * ({@link CommandIntake#submit}); its command id is made when the form is drawn and kept in a hidden
 * field, so submitting the same form twice records the fact once. A refusal is shown beside the
 * fields it concerns.
 */
@Controller
class RecordPage {

    private static final Logger log = LoggerFactory.getLogger(RecordPage.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final CommandIntake intake;
    private final ProgrammeQueries programmes;

    RecordPage(CommandIntake intake, ProgrammeQueries programmes) {
        this.intake = intake;
        this.programmes = programmes;
    }

    @GetMapping("/record")
    String index(HttpServletRequest request, Model model) {
        requireRecorder(request);
        model.addAttribute("groups", CommandForms.byGroup());
        return "pages/record-index";
    }

    @GetMapping("/record/{command}")
    String form(@PathVariable String command, @RequestParam Map<String, String> prefill, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        requireRecorder(request);
        // Cacheable for this browser only, so that Back shows this very form again, command id and all:
        // submitting it again is then answered "already recorded" instead of recording twice.
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        CommandForm form = formOf(command);
        Map<String, String> values = new HashMap<>();
        prefill.forEach((name, value) -> {
            if (form.field(name) != null) {
                values.put("p." + name, value);
            }
        });
        values.put("effectiveOn", prefill.getOrDefault("effectiveOn", LocalDate.now(UK).toString()));
        values.put("collaboration", prefill.getOrDefault("collaboration", prefill.getOrDefault("collaborationId", "")));
        values.put("commandId", "web-" + UUID.randomUUID());
        return show(form, values, FormErrors.none(), model);
    }

    @PostMapping("/record/{command}")
    String submit(@PathVariable String command, @RequestParam MultiValueMap<String, String> params,
                  HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Viewer viewer = requireRecorder(request);
        CommandForm form = formOf(command);
        Map<String, String> values = new HashMap<>();
        params.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        String commandId = values.getOrDefault("commandId", "");
        if (commandId.isBlank()) {
            commandId = "web-" + UUID.randomUUID();
            values.put("commandId", commandId);
        }
        FormErrors shape = FormCheck.of(form, values);
        if (shape.any()) {
            return show(form, values, shape, model);
        }
        CommandEnvelope envelope = new CommandEnvelope(command, commandId, values.getOrDefault("effectiveOn", "").trim(),
                new CommandEnvelope.SourceReference(blankToNull(values.get("sourceReference")),
                        blankToNull(values.get("sourceSection")), blankToNull(values.get("sourceTitle")),
                        blankToNull(values.get("sourceUrl"))),
                payload(form, values), null);
        try {
            Accepted accepted = intake.submit(envelope, viewer.name());
            redirect.addFlashAttribute("recorded", new Recorded(form.title(), accepted.command(), accepted.recordId(),
                    accepted.eventIds().size(), accepted.replayed()));
            String programme = programmeOf(values);
            return programme == null ? "redirect:/record" : "redirect:/programmes/" + programme;
        } catch (RuntimeException e) {
            CommandRefused refusal = RefusalTranslator.translate(e).orElseGet(() -> {
                log.error("Form for {} failed unexpectedly", command, e);
                return new CommandRefused(500, "INTERNAL_ERROR", "The ledger could not record this; nothing was written. Try again.", List.of());
            });
            if (OutcomeUnknown.CODE.equals(refusal.code())) {
                // The form keeps its command id: sending it again unchanged is the resubmission that settles it.
                refusal = new CommandRefused(refusal.status(), refusal.code(), "The database failed while this was being "
                        + "recorded, so it may or may not have been recorded. Submit the form again without changing it: "
                        + "it keeps the same command id, so it is recorded once either way", refusal.fields());
            }
            FormErrors errors = errorsOf(form, refusal, values);
            if ("COMMAND_ID_REUSED".equals(refusal.code())) {
                model.addAttribute("reused", true);
            }
            return show(form, values, errors, model);
        }
    }

    /** What the confirmation banner says. */
    public record Recorded(String title, String command, String recordId, int events, boolean replayed) {
    }

    private String show(CommandForm form, Map<String, String> values, FormErrors errors, Model model) {
        String programme = programmeOf(values);
        ProgrammeView view = null;
        if (programme != null) {
            try {
                view = programmes.current(programme, Clearance.SECRETARIAT);
            } catch (ReadRefused unknown) {
                view = null; // an unknown programme: the fields stay typed, and the intake names what is wrong
            }
        }
        boolean choosing = form.fields().stream().anyMatch(f -> f.kind() == CommandForm.Kind.CHOICE);
        model.addAttribute("programme", view);
        model.addAttribute("choices", FormChoices.of(form, view, values));
        model.addAttribute("programmes", choosing && view == null ? programmes.list(Clearance.SECRETARIAT) : List.of());
        model.addAttribute("form", form);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "pages/record-form";
    }

    private static CommandForm formOf(String command) {
        return CommandForms.find(command)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No form for " + command));
    }

    static Viewer requireRecorder(HttpServletRequest request) {
        Viewer viewer = Viewer.of(request);
        if (!viewer.records()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the secretariat records");
        }
        return viewer;
    }

    private static String programmeOf(Map<String, String> values) {
        String id = blankToNull(values.get("p.collaborationId"));
        if (id == null) {
            id = blankToNull(values.get("collaboration"));
        }
        return id != null && id.matches("[A-Za-z0-9._-]+") ? id : null;
    }

    /** The payload as the command reads it: blank optional fields left out, nested names as objects. */
    static ObjectNode payload(CommandForm form, Map<String, String> values) {
        ObjectNode payload = LedgerJson.mapper().createObjectNode();
        for (CommandForm.Field field : form.fields()) {
            String raw = values.get(field.param());
            String value = raw == null ? "" : raw.trim();
            ObjectNode target = payload;
            String[] path = field.name().split("\\.");
            String last = path[path.length - 1];
            if (field.kind() == CommandForm.Kind.ROWS) {
                FormRows.read(field, values, payload.putArray(field.name()));
                continue;
            }
            boolean blank = value.isEmpty() && field.kind() != CommandForm.Kind.CHECKBOX;
            if (blank) {
                continue;
            }
            for (int i = 0; i < path.length - 1; i++) {
                target = target.has(path[i]) ? (ObjectNode) target.get(path[i]) : target.putObject(path[i]);
            }
            switch (field.kind()) {
                case CHECKBOX -> target.put(last, "true".equals(value) || "on".equals(value));
                case NUMBER -> {
                    try {
                        target.put(last, Integer.parseInt(value));
                    } catch (NumberFormatException e) {
                        target.put(last, value); // the intake refuses it, naming the field
                    }
                }
                case MONEY -> target.put(last, value.replace("£", "").replace(",", "").trim());
                case LINES -> {
                    ArrayNode array = target.putArray(last);
                    value.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(array::add);
                }
                case JSON -> {
                    try {
                        target.set(last, LedgerJson.mapper().readTree(value));
                    } catch (Exception e) {
                        target.put(last, value); // FormCheck has said so already
                    }
                }
                case SHARES -> {
                    ArrayNode array = target.putArray(last);
                    value.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
                        String[] parts = line.split("\\|", -1);
                        ObjectNode share = array.addObject();
                        share.put("partyId", parts[0].trim());
                        share.put("share", parts.length > 1 ? parts[1].replace("%", "").trim() : "");
                    });
                }
                case PARTIES -> {
                    ArrayNode array = target.putArray(last);
                    value.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
                        String[] parts = line.split("\\|", -1);
                        ObjectNode party = array.addObject();
                        party.put("partyId", parts[0].trim());
                        party.put("name", parts.length > 1 ? parts[1].trim() : "");
                        party.put("signatureRequired", parts.length < 3 || !parts[2].trim().toLowerCase().startsWith("opt"));
                    });
                }
                default -> target.put(last, value);
            }
        }
        return payload;
    }

    /** Each field the refusal names gets its message beside it; anything else goes in the summary alone. */
    static FormErrors errorsOf(CommandForm form, CommandRefused refusal) {
        return errorsOf(form, refusal, Map.of());
    }

    /** As above; the values say which form row a refusal about a list's element n came from. */
    static FormErrors errorsOf(CommandForm form, CommandRefused refusal, Map<String, String> values) {
        FormErrors errors = FormErrors.none();
        String[] parts = refusal.rule() == null ? new String[0] : refusal.rule().split("; ");
        boolean placed = false;
        for (String named : refusal.fields()) {
            String key = named.startsWith("payload.") ? named.substring("payload.".length()) : named;
            key = key.replaceAll("\\[\\d+].*$", "");
            String message = messageFor(named, refusal, parts, form);
            String[] cell = cellOf(form, named, values);
            if (cell != null) {
                errors.field(cell[0], cell[1], cell[2] + message);
                placed = true;
                continue;
            }
            switch (key) {
                case "effectiveOn" -> {
                    errors.field("effectiveOn", "effectiveOn", message);
                    placed = true;
                }
                case "source.reference", "source" -> {
                    errors.field("sourceReference", "sourceReference", message);
                    placed = true;
                }
                default -> {
                    CommandForm.Field field = form.field(key);
                    if (field == null && key.contains(".")) {
                        field = form.field(key.substring(0, key.indexOf('.')));
                    }
                    if (field != null) {
                        errors.field(field.param(), field.id(), message);
                        placed = true;
                    }
                }
            }
        }
        if (!placed) {
            errors.general(refusal.rule());
        }
        return errors;
    }

    /** The row's cell a refusal names, when it names an element of a ROWS field's list. */
    private static String[] cellOf(CommandForm form, String named, Map<String, String> values) {
        String key = named.startsWith("payload.") ? named.substring("payload.".length()) : named;
        return form.fields().stream().filter(f -> f.kind() == CommandForm.Kind.ROWS)
                .map(f -> FormRows.cellOf(f, key, values)).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private static String messageFor(String named, CommandRefused refusal, String[] parts, CommandForm form) {
        if ("INVALID_FIELD".equals(refusal.code())) {
            for (String part : parts) {
                if (part.startsWith(named + " ")) {
                    String rest = part.substring(named.length() + 1);
                    String key = named.startsWith("payload.") ? named.substring(8) : named;
                    CommandForm.Field field = form.field(key);
                    if (field == null && key.matches("[A-Za-z]+\\[\\d+]\\.[A-Za-z]+")) { // a row's column: lines[0].category
                        CommandForm.Field rows = form.field(key.substring(0, key.indexOf('[')));
                        String column = key.substring(key.lastIndexOf('.') + 1);
                        field = rows == null ? null
                                : rows.columns().stream().filter(c -> c.name().equals(column)).findFirst().orElse(null);
                    }
                    String label = field != null ? field.label().replaceAll(" \\(optional\\)$", "")
                            : "source.reference".equals(named) ? "Source reference" : key;
                    if (rest.startsWith("must not be blank") || rest.startsWith("must not be null") || rest.startsWith("must not be empty")) {
                        return "Enter " + label.substring(0, 1).toLowerCase() + label.substring(1);
                    }
                    return label + " " + rest;
                }
            }
        }
        return refusal.rule();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
