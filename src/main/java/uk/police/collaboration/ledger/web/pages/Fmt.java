package uk.police.collaboration.ledger.web.pages;

import org.springframework.stereotype.Component;
import uk.police.collaboration.ledger.shared.Money;
import uk.police.collaboration.ledger.shared.Percent;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the pages write dates, instants and money: the UK way. Used in templates as ${@fmt...}. */
@Component("fmt")
public class Fmt {

    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss zzz", Locale.UK);

    public String date(LocalDate date) {
        return date == null ? "–" : DATE.format(date);
    }

    public String shortDate(LocalDate date) {
        return date == null ? "–" : SHORT.format(date);
    }

    public String instant(Instant instant) {
        return instant == null ? "–" : INSTANT.format(instant.atZone(UK));
    }

    public String pounds(Money money) {
        return money == null ? "–" : pounds(money.pounds());
    }

    static String pounds(BigDecimal amount) {
        DecimalFormat format = new DecimalFormat("£#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(amount);
    }

    public String percent(Percent percent) {
        return percent == null ? "–" : percent.value().stripTrailingZeros().toPlainString() + "%";
    }

    public String words(String constant) {
        return wordsOf(constant);
    }

    /** A constant as words ("SECTION_22A" reads "Section 22A"), for labels built in code. */
    static String wordsOf(String constant) {
        if (constant == null) {
            return "–";
        }
        String text = constant.replace('_', ' ').toLowerCase(Locale.ROOT);
        text = text.replace("pcc", "PCC").replace("section 22a", "Section 22A");
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** An event type as words: "RiskRaised" reads "Risk raised". */
    public String event(String type) {
        if (type == null || type.isEmpty()) {
            return "–";
        }
        String words = type.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
