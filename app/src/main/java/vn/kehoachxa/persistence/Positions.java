package vn.kehoachxa.persistence;

import java.util.ArrayList;
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

    /**
     * Moves {@code rowId} by {@code delta} places among {@code siblingIds} (in their current order) and rewrites the
     * positions; false when the row is already at that end.
     */
    static <R extends TableRecord<R>> boolean move(DSLContext dsl, Table<R> table, Field<Long> id,
                                                   Field<Integer> position, List<Long> siblingIds, long rowId,
                                                   int delta) {
        List<Long> ids = new ArrayList<>(siblingIds);
        int index = ids.indexOf(rowId);
        int target = index + delta;
        if (index < 0 || target < 0 || target >= ids.size()) {
            return false;
        }
        ids.remove(index);
        ids.add(target, rowId);
        reorder(dsl, table, id, position, ids);
        return true;
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
