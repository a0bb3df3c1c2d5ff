package vn.kehoachxa.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.export.excel.AppendixWorkbookExporter;

/** Export of a 1,000-row task assignment matrix to .xlsx bytes (Excel export of the appendices; target < 500 ms). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ExcelExportBenchmark {
    private static final String TASK = "Tăng cường công tác tuyên truyền, phổ biến, quán triệt Nghị quyết số "
            + "72-NQ/TW ngày 09/9/2025 của Bộ Chính trị đến toàn thể cán bộ, đảng viên và Nhân dân trên địa bàn xã";

    private final AppendixWorkbookExporter exporter = new AppendixWorkbookExporter();
    private PlanDocument plan;

    /** Six groups of task rows, every third row long enough to wrap over several lines, two lead units each. */
    @Setup
    public void buildPlan() {
        List<AssignmentGroup> groups = new ArrayList<>();
        int made = 0;
        for (int g = 1; g <= 6; g++) {
            List<AssignmentItem> items = new ArrayList<>();
            for (int i = 1; made < 1000 && i <= 167; i++, made++) {
                items.add(new AssignmentItem(null, Integer.toString(i), "Nhiệm vụ " + made + ": "
                        + (made % 3 == 0 ? TASK : "Rà soát, đánh giá kết quả"),
                        null, List.of(Assignee.unit("Phòng Văn hoá - Xã hội"), Assignee.unit("Trạm Y tế")),
                        List.of(Assignee.generic("Các cơ quan, đơn vị"), Assignee.generic("Trưởng các bản")),
                        Deadline.freeText("Hằng năm"), null, List.of()));
            }
            groups.add(new AssignmentGroup(null, g + ".", "Nhóm nhiệm vụ " + g, items));
        }
        Plan meta = new Plan(1L, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, "12", "KH-UBND",
                LocalDate.of(2026, 1, 5), "Mường La", "Thực hiện Nghị quyết số 72-NQ/TW", "Mường La", null,
                "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA", null, null, Signer.empty(), 2026, 2030, null, PlanStatus.ISSUED,
                null, ReportingRule.standard());
        plan = new PlanDocument(meta, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), groups);
    }

    /** Builds the workbook and serialises it, as the export does before it writes the file. */
    @Benchmark
    public byte[] exportThousandRowTaskMatrix() {
        return exporter.toBytes(plan);
    }
}
