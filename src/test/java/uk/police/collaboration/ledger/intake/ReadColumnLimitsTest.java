package uk.police.collaboration.ledger.intake;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.shared.Percent;
import uk.police.collaboration.ledger.shared.RecordIdRule;
import uk.police.collaboration.ledger.support.LedgerClient;
import uk.police.collaboration.ledger.support.LedgerIntegrationTest;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command side never accepts what a read table cannot hold. The limits are not written here:
 * they are read from the database's own description of its tables (information_schema), so a
 * migration that narrows a column fails this test until the input rules follow.
 */
@LedgerIntegrationTest
class ReadColumnLimitsTest {

    /** The ledger's own tables: the read side, the ledger log, the command log (not Axon's). */
    private static final String LEDGER_TABLES = "table_schema = current_schema() AND table_name NOT IN "
            + "('domainevententry', 'snapshotevententry', 'tokenentry', 'deadletterentry', 'flyway_schema_history')";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyAmountTheLedgerComputesFitsEveryMoneyColumn() {
        List<Map<String, Object>> money = numericColumns(2);
        assertThat(money).as("money columns (NUMERIC with scale 2)").isNotEmpty();
        for (Map<String, Object> column : money) {
            int integerDigits = precision(column) - 2;
            assertThat(Money.MAX_INTEGER_DIGITS).as("%s holds %d digits of pounds", name(column), integerDigits)
                    .isLessThanOrEqualTo(integerDigits);
            assertThat(AmountRange.MAX_INTEGER_DIGITS).as("a command's amount leaves headroom for sums in %s", name(column))
                    .isLessThan(integerDigits);
        }
    }

    @Test
    void theCommandSideRefusesAmountsAtAndBeyondTheNarrowestMoneyColumn() {
        int digits = numericColumns(2).stream().mapToInt(c -> precision(c) - 2).min().orElseThrow();
        BigDecimal columnMax = BigDecimal.TEN.pow(digits).subtract(new BigDecimal("0.01"));
        String programme = registerProgramme();

        assertThat(requestFunding(programme, columnMax.add(new BigDecimal("0.01")).toPlainString()))
                .as("one penny beyond the column").isEqualTo("INVALID_AMOUNT");
        assertThat(requestFunding(programme, columnMax.toPlainString()))
                .as("the column's largest value, which a sum of two would overflow").isEqualTo("AMOUNT_OUT_OF_RANGE");
        assertThat(requestFunding(programme, AmountRange.MAX.add(new BigDecimal("0.01")).toPlainString())).isEqualTo("AMOUNT_OUT_OF_RANGE");
        assertThat(requestFunding(programme, AmountRange.MAX.toPlainString())).isEqualTo("RECORDED");
    }

    @Test
    void everyPercentageFitsEveryShareColumnExactly() {
        List<Map<String, Object>> shares = numericColumns(4);
        assertThat(shares).as("share columns (NUMERIC with scale 4)").isNotEmpty();
        for (Map<String, Object> column : shares) {
            assertThat(Percent.MAX_DECIMALS).as("%s keeps every decimal", name(column)).isLessThanOrEqualTo(scale(column));
            assertThat(BigDecimal.TEN.pow(precision(column) - scale(column))).as("%s holds 100", name(column))
                    .isGreaterThan(BigDecimal.valueOf(100));
        }
        String tooFine = "0." + "0".repeat(scale(shares.get(0))) + "1";
        String programme = registerProgramme();
        var answer = Callers.secretariat(port).command("AgreeCostSharing", LedgerClient.newId("share"), "2018-03-01",
                "{\"collaborationId\":\"" + programme + "\",\"modelId\":\"m\",\"name\":\"M\",\"basis\":\"FUNDING_FORMULA\","
                        + "\"shares\":[{\"partyId\":\"kent-police\",\"share\":\"" + tooFine + "\"}]}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("code").asText()).isEqualTo("INVALID_PERCENTAGE");
        assertThat(answer.json().path("fields").get(0).asText()).isEqualTo("payload.shares[0].share");
    }

    @Test
    void everyIdColumnHoldsTheLongestId() {
        List<Map<String, Object>> ids = jdbc.queryForList("SELECT table_name, column_name, character_maximum_length AS length "
                + "FROM information_schema.columns WHERE " + LEDGER_TABLES + " AND data_type = 'character varying' "
                + "AND (column_name LIKE '%\\_id' OR column_name IN ('reference', 'source_reference')) "
                // Event ids are Axon's UUIDs and key ids name the integrity key: neither is chosen by a caller.
                + "AND column_name NOT LIKE '%event\\_id' AND column_name <> 'key_id'");
        assertThat(ids).as("id columns").isNotEmpty();
        for (Map<String, Object> column : ids) {
            assertThat(((Number) column.get("length")).intValue()).as("%s.%s", column.get("table_name"), column.get("column_name"))
                    .isGreaterThanOrEqualTo(RecordIdRule.MAX_LENGTH);
        }
    }

    private List<Map<String, Object>> numericColumns(int scale) {
        return jdbc.queryForList("SELECT table_name, column_name, numeric_precision AS precision, numeric_scale AS scale "
                + "FROM information_schema.columns WHERE " + LEDGER_TABLES + " AND data_type = 'numeric' AND numeric_scale = ?", scale);
    }

    private String registerProgramme() {
        String programme = LedgerClient.newId("limits");
        var answer = Callers.secretariat(port).command("RegisterCollaboration", LedgerClient.newId("c"), "2018-03-01",
                "{\"collaborationId\":\"" + programme + "\",\"title\":\"Limits\",\"scope\":\"Read column limits\","
                        + "\"parties\":[{\"partyId\":\"kent-police\",\"name\":\"Kent Police\",\"kind\":\"FORCE\",\"corporationSole\":false}]}");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return programme;
    }

    /** The refusal's code, or RECORDED. */
    private String requestFunding(String programme, String amount) {
        var answer = Callers.secretariat(port).command("RequestFunding", LedgerClient.newId("f"), "2018-03-01",
                "{\"fundingRequestId\":\"" + LedgerClient.newId("fr") + "\",\"collaborationId\":\"" + programme + "\",\"amount\":\""
                        + amount + "\",\"financialYear\":\"2018/19\",\"purpose\":\"Limits\"}");
        if (answer.status() == 201) {
            return "RECORDED";
        }
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.json().path("fields").get(0).asText()).isEqualTo("payload.amount");
        return answer.json().path("code").asText();
    }

    private static int precision(Map<String, Object> column) {
        return ((Number) column.get("precision")).intValue();
    }

    private static int scale(Map<String, Object> column) {
        return ((Number) column.get("scale")).intValue();
    }

    private static String name(Map<String, Object> column) {
        return column.get("table_name") + "." + column.get("column_name");
    }

    /** The secretariat's client (the only role that records commands). */
    private static final class Callers {
        static LedgerClient secretariat(int port) {
            return new LedgerClient(port).as("secretariat", "demo-secretariat");
        }
    }

}
