package vn.kehoachxa.domain.edit;

import java.util.List;

/**
 * What merging unit (đơn vị) {@code fromId} into {@code intoId} changed, as the rows were before, so that undoing it
 * brings back the merged unit with its id and moves every reference back: its assignees (those the merge rewrote and
 * those it dropped as duplicates), its reports with their version numbers, its places in the plans' unit lists, and
 * the official's notes accepting its flagged figures.
 *
 * @param fromId   the unit that was merged away
 * @param intoId   the unit that remained
 * @param before   the stored rows before the merge, table by table (the unit first)
 * @param intoPlans the plans that already listed {@code intoId} before the merge
 * @param dropped  the assignees the merge deleted because the remaining unit already held the same place
 */
public record UnitMerge(long fromId, long intoId, List<Removal.TableRows> before, List<Long> intoPlans,
                        List<Long> dropped) {
    /** Copies the lists so the value cannot change after the merge. */
    public UnitMerge {
        before = List.copyOf(before);
        intoPlans = List.copyOf(intoPlans);
        dropped = List.copyOf(dropped);
    }

    /** The rows of {@code table} as they were before the merge. */
    public List<java.util.Map<String, Object>> rows(String table) {
        return before.stream().filter(r -> r.table().equalsIgnoreCase(table))
                .flatMap(r -> r.rows().stream()).toList();
    }
}
