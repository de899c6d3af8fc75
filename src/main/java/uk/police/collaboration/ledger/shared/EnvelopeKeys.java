package uk.police.collaboration.ledger.shared;

import java.util.List;

/**
 * Names of the command envelope's fields as they travel in message metadata. A correlation data
 * provider copies them from each command onto every event it causes.
 */
public final class EnvelopeKeys {
    public static final String COMMAND_ID = "commandId";
    public static final String COMMAND_NAME = "commandName";
    public static final String EFFECTIVE_ON = "effectiveOn";
    public static final String RECORDED_BY = "recordedBy";
    public static final String ORIGINAL_AUTHOR = "originalAuthor";
    public static final String SOURCE_REFERENCE = "sourceReference";
    public static final String SOURCE_SECTION = "sourceSection";
    public static final String SOURCE_TITLE = "sourceTitle";
    public static final String SOURCE_URL = "sourceUrl";

    public static final List<String> ALL = List.of(COMMAND_ID, COMMAND_NAME, EFFECTIVE_ON, RECORDED_BY,
            ORIGINAL_AUTHOR, SOURCE_REFERENCE, SOURCE_SECTION, SOURCE_TITLE, SOURCE_URL);

    private EnvelopeKeys() {
    }
}
