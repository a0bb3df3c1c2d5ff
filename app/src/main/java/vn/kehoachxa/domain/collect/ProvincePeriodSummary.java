package vn.kehoachxa.domain.collect;

import java.time.LocalDate;
import java.util.List;
import vn.kehoachxa.domain.reporting.TaskStatus;

/**
 * Tổng hợp kỳ của tỉnh: what the province sees for one period — every commune in its list with its receipt state,
 * the consolidated indicator table and each commune's task counts. {@code period} carries kind, year and index (its
 * cut-offs are those the province set, or null); {@code dueDate} is the day the communes' reports were due (null when
 * not set, then nobody is late).
 */
public record ProvincePeriodSummary(String province, PackagePeriod period, LocalDate dueDate,
                                    List<CommuneReceipt> communes, List<ConsolidatedIndicator> indicators,
                                    List<CommuneTasks> tasks) {
    public ProvincePeriodSummary {
        communes = List.copyOf(communes);
        indicators = List.copyOf(indicators);
        tasks = List.copyOf(tasks);
    }

    /** How many communes are in {@code state}. */
    public long count(ReceiptState state) {
        return communes.stream().filter(c -> c.state() == state).count();
    }

    /** The province's total of tasks in {@code status} over every commune that reported. */
    public int taskTotal(TaskStatus status) {
        return tasks.stream().mapToInt(t -> t.count(status)).sum();
    }
}
