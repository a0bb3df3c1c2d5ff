package vn.kehoachxa.domain.edit;

import java.util.List;
import java.util.Map;

/**
 * What one delete took away, exactly as it was stored, so that restoring it brings back the same ids with
 * everything that hangs off them: targets, assignees, sub-rows and the units' results and progress.
 *
 * @param kind          what was deleted
 * @param id            the id of the deleted indicator, row, group or unit
 * @param position      its 1-based place among its siblings before the delete
 * @param reported      what the units had reported on it (all of it is in {@code rows})
 * @param rows          the stored rows, table by table, parents before children
 * @param indicatorLinks matrix rows (id) that pointed at a deleted indicator (id) and lost that link
 */
public record Removal(Kind kind, long id, int position, Reported reported, List<TableRows> rows,
                      Map<Long, Long> indicatorLinks) {
    /** Copies the lists so the value cannot change after the delete. */
    public Removal {
        rows = List.copyOf(rows);
        indicatorLinks = Map.copyOf(indicatorLinks);
    }

    /** What a delete removed (a unit only when nothing referred to it, so it comes back alone). */
    public enum Kind { INDICATOR, INDICATOR_GROUP, ITEM, ITEM_GROUP, UNIT }

    /** The rows of one table, each as column name → value, in the order they are to be inserted again. */
    public record TableRows(String table, List<Map<String, Object>> rows) {
        /** Copies the list (values may be null, so the maps are kept as they are). */
        public TableRows {
            rows = List.copyOf(rows);
        }
    }

    /** How many rows of {@code table} went. */
    public int count(String table) {
        return rows.stream().filter(r -> r.table().equalsIgnoreCase(table)).mapToInt(r -> r.rows().size()).sum();
    }
}
