package vn.kehoachxa.service.reporting;

import java.util.List;

/**
 * One period of a plan's history (diễn biến qua các kỳ): its evaluated results and its status grid, read together
 * so the charts of Kết quả compare periods as one consistent picture.
 */
public record PeriodHistory(PeriodResults results, List<UnitReportStatus> grid) {
    public PeriodHistory {
        grid = List.copyOf(grid);
    }
}
