package uk.police.collaboration.ledger.funding;

import uk.police.collaboration.ledger.shared.Money;

import java.util.Locale;

/** Amounts as a reader of a refusal expects them: £188,000.00. */
final class Pounds {

    private Pounds() {
    }

    static String of(Money money) {
        return (money.isNegative() ? "-" : "") + String.format(Locale.UK, "£%,.2f", money.pounds().abs());
    }
}
