package uk.police.collaboration.ledger.web.pages;

import java.util.List;

/** One page of a long table: 50 rows a page, as the API pages by default; page numbers from 1 on the pages. */
public record Paging(int page, int size, long total) {

    static final int SIZE = 50;

    static Paging of(String pageText, long total) {
        int page = 1;
        try {
            page = pageText == null || pageText.isBlank() ? 1 : Math.max(1, Integer.parseInt(pageText.trim()));
        } catch (NumberFormatException e) {
            page = 1;
        }
        int last = (int) Math.max(1, (total + SIZE - 1) / SIZE);
        return new Paging(Math.min(page, last), SIZE, total);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean many() {
        return total > size;
    }

    public int first() {
        return (page - 1) * size;
    }

    public long firstShown() {
        return total == 0 ? 0 : (long) first() + 1;
    }

    public long lastShown() {
        return Math.min(total, (long) page * size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    <T> List<T> cut(List<T> rows) {
        return rows.stream().skip(first()).limit(size).toList();
    }
}
