package uk.police.collaboration.ledger.journal;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads a journal one line at a time without ever holding more than one line, however long a
 * line is: past the limit the rest of the line is skipped, not kept, and the line is reported as
 * too long. Lines end with \n or \r\n.
 */
final class JournalLines {

    /** One line: its number from 1, and its text, or null when it was longer than the limit. */
    record Line(int number, String text) {
        boolean tooLong() {
            return text == null;
        }
    }

    private final Reader reader;
    private final int maxLength;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int number;

    JournalLines(Reader reader, int maxLength) {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /** How many lines have been read so far. */
    int lineNumber() {
        return number;
    }

    /** The next line, or null at the end of the journal. */
    Line next() throws IOException {
        StringBuilder text = new StringBuilder();
        boolean tooLong = false;
        boolean any = false;
        while (true) {
            if (position == limit) {
                limit = reader.read(buffer);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return any ? finish(text, tooLong) : null;
                }
            }
            any = true;
            char c = buffer[position++];
            if (c == '\n') {
                return finish(text, tooLong);
            }
            if (!tooLong) {
                text.append(c);
                if (text.length() > maxLength + 1) {
                    tooLong = true;
                    text.setLength(0);
                }
            }
        }
    }

    private Line finish(StringBuilder text, boolean tooLong) {
        number++;
        if (!tooLong && !text.isEmpty() && text.charAt(text.length() - 1) == '\r') {
            text.setLength(text.length() - 1);
        }
        return new Line(number, tooLong || text.length() > maxLength ? null : text.toString());
    }
}
