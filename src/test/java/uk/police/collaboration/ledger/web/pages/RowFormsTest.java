package uk.police.collaboration.ledger.web.pages;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import uk.police.collaboration.ledger.collaboration.api.Party;
import uk.police.collaboration.ledger.funding.api.SavingLine;
import uk.police.collaboration.ledger.intake.CommandRefused;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two forms with a repeating group (RegisterCollaboration's parties, RecordSavings' lines): rows
 * read into the command's list with blank rows left out, every mistake at once, and a refusal about
 * element n placed beside the form row it came from.
 */
class RowFormsTest {

    private static final CommandForm REGISTER = CommandForms.find("RegisterCollaboration").orElseThrow();
    private static final CommandForm SAVINGS = CommandForms.find("RecordSavings").orElseThrow();

    @Test
    void eachRowsColumnIsAFieldOfTheListsRecordAndEveryRequiredOneHasAColumn() {
        assertColumnsMatch(REGISTER.field("parties"), Party.class);
        assertColumnsMatch(SAVINGS.field("lines"), SavingLine.class);
    }

    @Test
    void aRegisterFormGivesItsFilledRowsAsThePartiesAndLeavesABlankRowOut() {
        Map<String, String> values = new HashMap<>();
        values.put("p.collaborationId", "westshire-training");
        values.put("p.title", "Westshire training");
        values.put("p.scope", "Joint training");
        values.put("p.parties[0].partyId", "west-pcc");
        values.put("p.parties[0].name", "PCC for Westshire");
        values.put("p.parties[0].kind", "PCC");
        values.put("p.parties[0].corporationSole", "true");
        values.put("p.parties[1].partyId", " ");
        values.put("p.parties[1].name", "");
        values.put("p.parties[1].kind", "");
        values.put("p.parties[2].partyId", "west-police");
        values.put("p.parties[2].name", "Westshire Police");
        values.put("p.parties[2].kind", "FORCE");
        values.put("p.leadPartyId", "west-pcc");
        ObjectNode payload = RecordPage.payload(REGISTER, values);
        assertThat(payload.toString()).isEqualTo("{\"collaborationId\":\"westshire-training\",\"title\":\"Westshire training\","
                + "\"scope\":\"Joint training\",\"parties\":[{\"partyId\":\"west-pcc\",\"name\":\"PCC for Westshire\","
                + "\"kind\":\"PCC\",\"corporationSole\":true},{\"partyId\":\"west-police\",\"name\":\"Westshire Police\","
                + "\"kind\":\"FORCE\",\"corporationSole\":false}],\"leadPartyId\":\"west-pcc\"}");
    }

    @Test
    void aSavingsFormGivesItsLinesWithAmountsAsThePaperWritesThem() {
        Map<String, String> values = new HashMap<>(Map.of("p.savingsId", "emsou-fs-savings", "p.collaborationId", "emsou-fs",
                "p.title", "Costs shared by funding formula", "p.basis", "Funding formula 2018/19",
                "p.statedTotal", "£27,711"));
        values.putAll(Map.of("p.lines[0].partyId", "derbys", "p.lines[0].financialYear", "2018/19",
                "p.lines[0].category", "Staff", "p.lines[0].amount", "£90,181", "p.lines[0].cashable", "true",
                "p.lines[3].partyId", "leics", "p.lines[3].category", "Staff", "p.lines[3].amount", "62470.00",
                "p.lines[3].costIncrease", "true"));
        ObjectNode payload = RecordPage.payload(SAVINGS, values);
        assertThat(payload.get("lines").toString()).isEqualTo("[{\"partyId\":\"derbys\",\"financialYear\":\"2018/19\","
                + "\"category\":\"Staff\",\"amount\":\"90181\",\"cashable\":true,\"costIncrease\":false},"
                + "{\"partyId\":\"leics\",\"category\":\"Staff\",\"amount\":\"62470.00\",\"cashable\":false,\"costIncrease\":true}]");
        assertThat(payload.get("statedTotal").asText()).isEqualTo("27711");
        assertThat(payload.has("costSharingModelId")).isFalse();
    }

    @Test
    void anEmptyFormNamesEveryMistakeAtOnceIncludingTheMissingRows() {
        FormErrors errors = FormCheck.of(SAVINGS, Map.of());
        assertThat(errors.summary()).extracting(FormErrors.Line::anchor).containsExactly("field-savingsId",
                "field-collaborationId", "field-title", "field-basis", "field-lines-0-partyId", "effectiveOn", "sourceReference");
        assertThat(errors.of("p.lines[0].partyId")).isEqualTo("Enter at least one row of saving lines");
    }

    @Test
    void aHalfFilledRowIsRefusedBesideItsOwnCells() {
        FormErrors errors = FormCheck.of(SAVINGS, Map.of("p.lines[0].partyId", "derbys", "p.lines[0].category", "Staff",
                "p.lines[0].amount", "90181.00", "p.lines[2].amount", "ninety", "p.lines[2].cashable", "true"));
        assertThat(errors.of("p.lines[2].partyId")).isEqualTo("Row 3: enter party id");
        assertThat(errors.of("p.lines[2].category")).isEqualTo("Row 3: enter category");
        assertThat(errors.of("p.lines[2].amount")).isEqualTo("Row 3: amount must be an amount in pounds and pence, for example 90181.00");
        assertThat(errors.has("p.lines[0].partyId")).isFalse();
        assertThat(errors.has("p.lines[1].partyId")).isFalse();
        assertThat(errors.summary()).extracting(FormErrors.Line::anchor).contains("field-lines-2-partyId", "field-lines-2-amount");
    }

    @Test
    void aRefusalAboutTheNthPartyIsPlacedBesideTheRowItCameFrom() {
        Map<String, String> values = Map.of("p.parties[0].partyId", "west-pcc", "p.parties[0].name", "PCC for Westshire",
                "p.parties[3].partyId", "west-police", "p.parties[3].name", "Westshire Police");
        FormErrors shape = RecordPage.errorsOf(REGISTER, new CommandRefused(400, "INVALID_FIELD",
                "payload.parties[1].kind must not be null", List.of("payload.parties[1].kind")), values);
        assertThat(shape.of("p.parties[3].kind")).isEqualTo("Row 4: Enter kind of party");
        assertThat(shape.summary()).extracting(FormErrors.Line::anchor).containsExactly("field-parties-3-kind");

        FormErrors whole = RecordPage.errorsOf(REGISTER, new CommandRefused(422, "LEAD_PARTY_NOT_A_PARTY",
                "The lead party must be one of the parties", List.of("leadPartyId")), values);
        assertThat(whole.of("p.leadPartyId")).isEqualTo("The lead party must be one of the parties");
    }

    private static void assertColumnsMatch(CommandForm.Field rows, Class<?> element) {
        assertThat(rows.kind()).isEqualTo(CommandForm.Kind.ROWS);
        Map<String, RecordComponent> components = new HashMap<>();
        Arrays.stream(element.getRecordComponents()).forEach(c -> components.put(c.getName(), c));
        rows.columns().forEach(c -> assertThat(components).as(element.getSimpleName() + " has " + c.name()).containsKey(c.name()));
        components.values().stream()
                .filter(c -> Arrays.stream(c.getAnnotations()).anyMatch(a -> a.annotationType().getSimpleName().matches("NotBlank|NotNull")))
                .forEach(c -> assertThat(rows.columns()).extracting(CommandForm.Field::name).as(element.getSimpleName()).contains(c.getName()));
    }
}
