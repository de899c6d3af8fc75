package uk.police.collaboration.ledger.agreement;

import java.util.Collection;
import java.util.stream.Collectors;

/** How agreement rules name parties in their messages: 'herts-pcc', 'beds-pcc'. */
final class AgreementWords {

    private AgreementWords() {
    }

    static String quoted(Collection<String> ids) {
        return ids.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", "));
    }

    /** "Party 'a' has" or "Parties 'a', 'b' have". */
    static String partiesHave(Collection<String> ids) {
        return (ids.size() == 1 ? "Party " : "Parties ") + quoted(ids) + (ids.size() == 1 ? " has" : " have");
    }
}
