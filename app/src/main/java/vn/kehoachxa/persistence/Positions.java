package vn.kehoachxa.persistence;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;

/**
 * Rewrites the 1-based positions of sibling rows. Positions are unique per parent, so rows first move to
 * negative positions (their negated id, which cannot clash) and then to their final places.
 */
final class Positions {
    private Positions() {
    }

    static <R extends TableRecord<R>> void reorder(DSLContext dsl, Table<R> table, Field<Long> id,
                                                   Field<Integer> position, List<Long> orderedIds) {
        for (Long rowId : orderedIds) {
            dsl.update(table).set(position, (int) -rowId).where(id.eq(rowId)).execute();
        }
        int next = 1;
        for (Long rowId : orderedIds) {
            dsl.update(table).set(position, next++).where(id.eq(rowId)).execute();
        }
    }
}
