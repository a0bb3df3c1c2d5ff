package vn.kehoachxa.ui.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.ui.print.Pagination.Page;
import vn.kehoachxa.ui.print.Pagination.Row;

class PaginationTest {
    private static List<Row> rows(int count, double height) {
        return new ArrayList<>(Collections.nCopies(count, new Row(height, false)));
    }

    @Test
    void rowsFillEachPageBelowTheRepeatedHeader() {
        // header 20 + 8 rows of 10 = 100 per page; the first page has room for 5 below its title.
        List<Page> pages = Pagination.paginate(rows(20, 10), 20, 70, 100);
        assertThat(pages).containsExactly(new Page(0, 5), new Page(5, 13), new Page(13, 20));
    }

    @Test
    void rowThatExactlyFillsThePageStaysOnIt() {
        assertThat(Pagination.paginate(rows(8, 10), 20, 100, 100)).containsExactly(new Page(0, 8));
    }

    @Test
    void groupRowMovesToTheNextPageWithTheRowAfterIt() {
        List<Row> rows = rows(10, 10);
        rows.set(7, new Row(10, true));
        // Without keep-with-next page 1 would end after row 7 (the group row) with rows 0-7.
        List<Page> pages = Pagination.paginate(rows, 20, 100, 100);
        assertThat(pages).containsExactly(new Page(0, 7), new Page(7, 10));
    }

    @Test
    void rowTallerThanAPageGetsAPageOfItsOwn() {
        List<Row> rows = List.of(new Row(10, false), new Row(500, false), new Row(10, false));
        assertThat(Pagination.paginate(rows, 20, 100, 100))
                .containsExactly(new Page(0, 1), new Page(1, 2), new Page(2, 3));
    }

    @Test
    void runOfGroupRowsAtTheTopOfAPageDoesNotLoopForever() {
        List<Row> rows = List.of(new Row(40, true), new Row(40, true), new Row(40, false));
        List<Page> pages = Pagination.paginate(rows, 20, 100, 100);
        assertThat(pages.stream().mapToInt(Page::size).sum()).isEqualTo(3);
        assertThat(pages).allMatch(p -> p.size() > 0);
    }

    @Test
    void emptyTableStillPrintsOnePageWithItsHeader() {
        assertThat(Pagination.paginate(List.of(), 20, 100, 100)).containsExactly(new Page(0, 0));
    }

    @Test
    void pageWithoutRoomBelowTheHeaderIsRefused() {
        assertThatThrownBy(() -> Pagination.paginate(rows(1, 10), 100, 100, 100))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
