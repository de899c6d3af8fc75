package uk.police.collaboration.ledger.web.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.intake.CommandRefused;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms stay in step with the commands, read what people type into payloads, and place refusals beside fields. */
class CommandFormsTest {

    static final List<String> AREAS = List.of("collaboration", "appraisal", "businesscase", "agreement", "funding",
            "decision", "risk", "milestone", "correction");

    @Test
    void everyFormFieldIsAFieldOfItsCommandAndEveryRequiredFieldHasAFormField() {
        for (CommandForm form : CommandForms.ALL.values()) {
            Class<?> type = commandClass(form.command());
            Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                    .collect(Collectors.toMap(RecordComponent::getName, c -> c));
            for (CommandForm.Field field : form.fields()) {
                String top = field.name().contains(".") ? field.name().substring(0, field.name().indexOf('.')) : field.name();
                assertThat(components).as(form.command() + " has " + top).containsKey(top);
            }
            Set<String> onForm = form.fields().stream().map(f -> f.name().split("\\.")[0]).collect(Collectors.toSet());
            for (RecordComponent component : components.values()) {
                boolean required = Arrays.stream(component.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName()
                        .matches("NotBlank|NotNull|NotEmpty"));
                if (required) {
                    assertThat(onForm).as(form.command() + " form asks for required " + component.getName()).contains(component.getName());
                }
            }
        }
    }

    @Test
    void blankOptionalFieldsAreLeftOutAndNestedNamesBecomeObjects() {
        Map<String, String> values = new HashMap<>();
        values.put("p.appraisalId", " bch-options ");
        values.put("p.optionId", "option-2");
        values.put("p.title", "Shared room");
        values.put("p.description", "Merge");
        values.put("p.timescale.minMonths", "18");
        values.put("p.timescale.maxMonths", "");
        values.put("p.timescale.from", "2020-04-01");
        ObjectNode payload = RecordPage.payload(CommandForms.find("ProposeOption").orElseThrow(), values);
        assertThat(payload.toString()).isEqualTo("{\"appraisalId\":\"bch-options\",\"optionId\":\"option-2\",\"title\":\"Shared room\","
                + "\"description\":\"Merge\",\"timescale\":{\"minMonths\":18,\"from\":\"2020-04-01\"},\"doNothing\":false}");
    }

    @Test
    void partiesMoneyAndListsAreReadFromTheirLines() {
        Map<String, String> values = new HashMap<>();
        values.put("p.parties", "herts-pcc | PCC for Hertfordshire | required\n\nbeds-cc | Bedfordshire Police | optional\n");
        ObjectNode draft = RecordPage.payload(CommandForms.find("DraftAgreement").orElseThrow(), values);
        assertThat(draft.get("parties").toString()).isEqualTo("[{\"partyId\":\"herts-pcc\",\"name\":\"PCC for Hertfordshire\",\"signatureRequired\":true},"
                + "{\"partyId\":\"beds-cc\",\"name\":\"Bedfordshire Police\",\"signatureRequired\":false}]");

        values = Map.of("p.amount", "£188,000.00", "p.recommendations", "one\n two \n");
        assertThat(RecordPage.payload(CommandForms.find("RequestFunding").orElseThrow(), values).get("amount").asText()).isEqualTo("188000.00");
        assertThat(RecordPage.payload(CommandForms.find("RecordDecision").orElseThrow(), values).get("recommendations").toString())
                .isEqualTo("[\"one\",\"two\"]");
    }

    @Test
    void refusalsAreShownBesideTheFieldsTheyName() {
        CommandForm form = CommandForms.find("ApproveOption").orElseThrow();
        FormErrors shape = RecordPage.errorsOf(form, new CommandRefused(400, "INVALID_FIELD",
                "payload.approvedBy must not be blank; payload.optionId size must be between 0 and 100",
                List.of("payload.approvedBy", "payload.optionId")));
        assertThat(shape.of("p.approvedBy")).isEqualTo("Enter approved by");
        assertThat(shape.of("p.optionId")).isEqualTo("Option size must be between 0 and 100");
        assertThat(shape.summary()).extracting(FormErrors.Line::anchor).containsExactly("field-approvedBy", "field-optionId");

        FormErrors rule = RecordPage.errorsOf(form, new CommandRefused(422, "OPTION_UNKNOWN",
                "Appraisal 'a' has no option 'option-9'", List.of("optionId")));
        assertThat(rule.of("p.optionId")).isEqualTo("Appraisal 'a' has no option 'option-9'");

        FormErrors date = RecordPage.errorsOf(form, new CommandRefused(422, "EFFECTIVE_DATE_IN_FUTURE",
                "A fact cannot be recorded as having happened after today", List.of("effectiveOn")));
        assertThat(date.summary()).extracting(FormErrors.Line::anchor).containsExactly("effectiveOn");

        FormErrors elsewhere = RecordPage.errorsOf(form, new CommandRefused(409, "CONCURRENT_CHANGE", "Submit again", List.of()));
        assertThat(elsewhere.summary()).extracting(FormErrors.Line::anchor).containsExactly((String) null);
        assertThat(elsewhere.any()).isTrue();
    }

    @Test
    void theClockReadsDatesAndUkTimes() {
        Clock clock = Clock.read("2018-03-01", "2018-04-01T09:00");
        assertThat(clock.asOf()).hasToString("2018-03-01");
        assertThat(clock.knownAt()).hasToString("2018-04-01T08:00:00Z");
        assertThat(Clock.read("", "2018-04-01").knownAt()).hasToString("2018-04-01T22:59:59.999999999Z");
        assertThat(Clock.read("1 March", null).errors().has("asOf")).isTrue();
        assertThat(Period.read("2018-05-01", "2018-04-01").errors().of("to")).contains("on or after");
    }

    private static Class<?> commandClass(String name) {
        for (String area : AREAS) {
            try {
                return Class.forName("uk.police.collaboration.ledger." + area + ".api." + name);
            } catch (ClassNotFoundException ignored) {
                // try the next area
            }
        }
        throw new AssertionError("no command " + name);
    }
}
