package vn.kehoachxa.ui.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a printed table into pages: rows of known height fill each page below the repeated header row; a row is
 * never split; a group row is not left alone at the bottom of a page (it moves on with the row that follows). The
 * first page has less room (the appendix title sits above the table). Pure arithmetic, in any one length unit.
 */
public final class Pagination {
    private Pagination() {
    }

    /** A row's height and whether it must stay on the page of the row after it. */
    public record Row(double height, boolean keepWithNext) {
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive) of one page. */
    public record Page(int from, int to) {
        /** How many rows the page holds. */
        public int size() {
            return to - from;
        }
    }

    /**
     * The pages for {@code rows}: each holds the header ({@code headerHeight}) and as many rows as fit in {@code
     * firstPageSpace} (page 1) or {@code pageSpace} (the others). A row taller than a page gets a page of its own.
     * Always at least one page, so an empty table still prints its header.
     */
    public static List<Page> paginate(List<Row> rows, double headerHeight, double firstPageSpace, double pageSpace) {
        if (pageSpace <= headerHeight || firstPageSpace <= headerHeight) {
            throw new IllegalArgumentException("no room for rows below the header");
        }
        List<Page> pages = new ArrayList<>();
        int start = 0;
        double used = headerHeight;
        double space = firstPageSpace;
        int i = 0;
        while (i < rows.size()) {
            double h = rows.get(i).height();
            if (used + h > space && i > start) {
                int end = i;
                while (end - 1 > start && rows.get(end - 1).keepWithNext()) {
                    end--;
                }
                pages.add(new Page(start, end));
                start = end;
                i = end;
                used = headerHeight;
                space = pageSpace;
                continue;
            }
            used += h;
            i++;
        }
        if (start < rows.size() || pages.isEmpty()) {
            pages.add(new Page(start, rows.size()));
        }
        return pages;
    }
}
