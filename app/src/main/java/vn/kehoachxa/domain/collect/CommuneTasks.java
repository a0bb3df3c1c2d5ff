package vn.kehoachxa.domain.collect;

import java.util.Map;
import vn.kehoachxa.domain.reporting.TaskStatus;

/** One commune's task counts per status in its package in force for the period. */
public record CommuneTasks(String communeCode, String communeName, Map<TaskStatus, Integer> counts) {
    public CommuneTasks {
        counts = Map.copyOf(counts);
    }

    /** How many of the commune's tasks stand in {@code status}. */
    public int count(TaskStatus status) {
        return counts.getOrDefault(status, 0);
    }
}
