package uk.police.collaboration.ledger.timeline;

/**
 * What a sentence may ask of the programme: the name a thing had on the date of the event being put
 * into words. Narrow on purpose, so that the sentences of an area cannot reach the withheld text or
 * the rest of {@link Summaries}.
 */
@FunctionalInterface
interface Names {

    /** The name of the thing of this kind ("party", "case", …) as it then stood; its id when it was never named. */
    String name(String kind, String id);

    default String party(String partyId) {
        return name("party", partyId);
    }
}
