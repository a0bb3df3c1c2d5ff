package vn.kehoachxa.service.reporting;

import java.util.List;

/** Kết quả of one period: every indicator evaluated and every matrix row with its status. */
public record PeriodResults(PeriodOverview period, List<IndicatorEvaluation> indicators,
                            List<TaskEvaluation> tasks) {
    public PeriodResults {
        indicators = List.copyOf(indicators);
        tasks = List.copyOf(tasks);
    }
}
