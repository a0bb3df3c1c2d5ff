package vn.kehoachxa.domain.collect;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.kehoachxa.domain.reporting.TaskStatus;

/**
 * Kết quả kỳ của xã ({@code ket-qua.json}): a commune's machine-readable period results — every indicator's line
 * ({@link CommuneIndicatorResult}, in the plan's order) and how many of its plan's tasks stand in each
 * {@link TaskStatus} at the cut-off (statuses with no task are left out of the map, so two equal results are equal
 * records; {@link #tasks(TaskStatus)} reads 0 for them).
 */
public record CommuneResults(List<CommuneIndicatorResult> indicators, Map<TaskStatus, Integer> taskCounts) {
    public CommuneResults {
        indicators = List.copyOf(indicators);
        EnumMap<TaskStatus, Integer> copy = new EnumMap<>(TaskStatus.class);
        taskCounts.forEach((status, count) -> {
            if (count == null || count < 0) {
                throw new IllegalArgumentException("bad task count for " + status);
            }
            if (count > 0) {
                copy.put(status, count);
            }
        });
        taskCounts = java.util.Collections.unmodifiableMap(copy);
    }

    /** How many tasks stand in {@code status}. */
    public int tasks(TaskStatus status) {
        return taskCounts.getOrDefault(status, 0);
    }

    /** How many tasks in all. */
    public int taskTotal() {
        return taskCounts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
