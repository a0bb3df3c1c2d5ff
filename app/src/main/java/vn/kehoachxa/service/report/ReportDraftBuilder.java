package vn.kehoachxa.service.report;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.domain.reporting.Timeliness;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodResults;
import vn.kehoachxa.service.reporting.TaskEvaluation;
import vn.kehoachxa.service.reporting.UnitProgress;
import vn.kehoachxa.service.reporting.UnitReportStatus;

/**
 * Drafts a periodic report (dự thảo báo cáo) from what the units reported: the opening and closing sentences, a
 * sentence per indicator with its figure, target and evaluation, the units' result texts per task group, strengths
 * and shortcomings counted from the evaluations, causes from the units' difficulties, proposals from theirs.
 */
public final class ReportDraftBuilder {
    private final Plan plan;
    private final PeriodResults results;
    private final List<UnitReportStatus> grid;
    private final PeriodOverview next;

    /** Drafts for {@code plan} from a period's evaluated results, its status grid and the next period (or null). */
    public ReportDraftBuilder(Plan plan, PeriodResults results, List<UnitReportStatus> grid, PeriodOverview next) {
        this.plan = plan;
        this.results = results;
        this.grid = List.copyOf(grid);
        this.next = next;
    }

    /** The draft, not yet stored, generated at {@code now}. */
    public PeriodicReport build(LocalDateTime now) {
        Map<ReportPart, String> parts = new EnumMap<>(ReportPart.class);
        parts.put(ReportPart.OPENING, opening());
        parts.put(ReportPart.LEADERSHIP, leadership());
        parts.put(ReportPart.TARGETS, lines(targets()));
        parts.put(ReportPart.TASKS, lines(tasks()));
        parts.put(ReportPart.STRENGTHS, lines(strengths()));
        parts.put(ReportPart.WEAKNESSES, lines(weaknesses()));
        parts.put(ReportPart.CAUSES, lines(fromUnits(UnitProgress::difficulties)));
        parts.put(ReportPart.NEXT_PERIOD, lines(nextPeriod()));
        parts.put(ReportPart.PROPOSALS, lines(fromUnits(UnitProgress::proposals)));
        parts.put(ReportPart.CLOSING, "Trên đây là báo cáo kết quả thực hiện " + ReportWording.planCitation(plan)
                + " " + periodName() + " của " + ReportWording.reporter(plan) + "./.");
        return new PeriodicReport(results.period().period().id(), null, null, parts, now, false);
    }

    private String periodName() {
        return results.period().name();
    }

    private String opening() {
        return "Thực hiện " + ReportWording.planCitation(plan) + " của " + ReportWording.reporter(plan) + ", "
                + ReportWording.reporter(plan) + " báo cáo kết quả thực hiện " + periodName() + " như sau:";
    }

    private String leadership() {
        List<String> out = new ArrayList<>();
        out.add("- " + ReportWording.reporter(plan) + " đã ban hành " + ReportWording.planCitation(plan)
                + ", phân công " + grid.size() + " cơ quan, đơn vị chủ trì, phối hợp thực hiện các mục tiêu, "
                + "nhiệm vụ và định kỳ báo cáo kết quả thực hiện.");
        long reported = grid.stream().filter(g -> g.latestVersion() != null).count();
        long onTime = count(Timeliness.Status.ON_TIME);
        long late = count(Timeliness.Status.LATE);
        out.add("- Trong " + periodName() + ", " + reported + "/" + grid.size()
                + " cơ quan, đơn vị đã gửi báo cáo kết quả thực hiện (" + onTime + " đúng hạn, " + late
                + " chậm hạn).");
        return lines(out);
    }

    private long count(Timeliness.Status status) {
        return grid.stream().filter(g -> g.timeliness().status() == status).count();
    }

    /**
     * II.1: a sentence per indicator, then the target rows (Phân công thực hiện các mục tiêu) counted by status and
     * the units' words on them under their target groups.
     */
    private List<String> targets() {
        List<String> out = new ArrayList<>();
        for (IndicatorEvaluation e : results.indicators()) {
            out.add("- " + IndicatorSentence.of(e));
        }
        List<TaskEvaluation> rows = rows(TableKind.TARGET_MATRIX);
        if (!rows.isEmpty()) {
            out.add("Tiến độ thực hiện " + rows.size() + " mục tiêu được phân công: " + statusCounts(rows) + ".");
            out.addAll(byGroup(rows));
        }
        return out;
    }

    /**
     * II.2: the task rows (Phân công nhiệm vụ) only, counted by status as Biểu 2 lists them, and the units' words
     * under their task groups. Target rows number their groups I, II… as task rows do; mixing the two gave an
     * outline with two runs of I, II… under one heading.
     */
    private List<String> tasks() {
        List<String> out = new ArrayList<>();
        List<TaskEvaluation> rows = rows(TableKind.TASK_MATRIX);
        out.add("Trong kỳ có " + rows.size() + " nhiệm vụ được phân công; trong đó: " + statusCounts(rows)
                + " (chi tiết tại Biểu 2).");
        out.addAll(byGroup(rows));
        return out;
    }

    private List<TaskEvaluation> rows(TableKind matrix) {
        return results.tasks().stream().filter(t -> t.item().matrix() == matrix).toList();
    }

    private static String statusCounts(List<TaskEvaluation> rows) {
        Map<TaskStatus, Long> counts = new EnumMap<>(TaskStatus.class);
        rows.forEach(t -> counts.merge(t.status(), 1L, Long::sum));
        return counts.getOrDefault(TaskStatus.HOAN_THANH_DUNG_HAN, 0L) + " hoàn thành đúng hạn, "
                + counts.getOrDefault(TaskStatus.HOAN_THANH_QUA_HAN, 0L) + " hoàn thành quá hạn, "
                + counts.getOrDefault(TaskStatus.DANG_THUC_HIEN_TRONG_HAN, 0L) + " đang thực hiện trong hạn, "
                + counts.getOrDefault(TaskStatus.CHUA_HOAN_THANH_QUA_HAN, 0L) + " chưa hoàn thành quá hạn, "
                + counts.getOrDefault(TaskStatus.CHUA_TRIEN_KHAI, 0L) + " chưa triển khai"
                + undatable(counts.getOrDefault(TaskStatus.KHONG_XAC_DINH_DUOC_HAN, 0L));
    }

    /**
     * The units' result texts under their groups, each group headed "a) …:", "b) …:" — the level below the
     * report's own "1.", "2." (Decree 30's phần, mục, khoản, điểm) — rather than the plan's I, II….
     */
    private static List<String> byGroup(List<TaskEvaluation> rows) {
        List<String> out = new ArrayList<>();
        Map<String, List<TaskEvaluation>> byGroup = new LinkedHashMap<>();
        rows.forEach(t -> byGroup.computeIfAbsent(Objects.toString(t.item().groupTitle(), ""),
                k -> new ArrayList<>()).add(t));
        int letter = 0;
        for (var group : byGroup.entrySet()) {
            Set<String> said = new LinkedHashSet<>();
            for (TaskEvaluation t : group.getValue()) {
                for (UnitProgress p : t.reports()) {
                    if (p.resultText() != null && !p.resultText().isBlank()) {
                        said.add("- " + p.unit().name() + ": " + ReportWording.sentence(p.resultText()));
                    }
                }
            }
            if (!said.isEmpty()) {
                if (!group.getKey().isBlank()) {
                    out.add(pointLabel(letter++) + " " + groupHeading(withoutLabel(group.getKey())));
                }
                out.addAll(said);
            }
        }
        return out;
    }

    /** ", n không xác định được hạn" when some tasks' deadlines name no date; nothing otherwise. */
    private static String undatable(long n) {
        return n == 0 ? "" : ", " + n + " không xác định được hạn";
    }

    /** The letters of points (điểm) in Vietnamese alphabetical order, as Decree 30 numbers them. */
    private static final List<String> POINTS = List.of("a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
            "n", "o", "p", "q", "r", "s", "t", "u", "ư", "v", "x", "y");

    /** "a)", "b)", … "đ)", …; past "y)" the count goes on in figures. */
    static String pointLabel(int index) {
        return (index < POINTS.size() ? POINTS.get(index) : String.valueOf(index + 1)) + ")";
    }

    /** "I. Nâng cao…" or "1 Đổi mới…" → "Nâng cao…", "Đổi mới…": the group's title without the plan's label. */
    static String withoutLabel(String heading) {
        return heading.strip().replaceFirst("^([IVXLC]+|\\d+)\\.?\\s+", "");
    }

    /** "1 Đổi mới…" (label and title as the matrix holds them) → "1. Đổi mới…:". */
    static String groupHeading(String title) {
        String t = title.strip().replaceFirst("^([IVXLC]+|\\d+)\\.?\\s+", "$1. ");
        while (!t.isEmpty() && ".;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        return t + ":";
    }

    private List<String> strengths() {
        List<String> out = new ArrayList<>();
        List<IndicatorEvaluation> measured = results.indicators().stream()
                .filter(e -> e.evaluation() == Evaluation.DAT || e.evaluation() == Evaluation.VUOT
                        || e.evaluation() == Evaluation.CHUA_DAT).toList();
        long met = measured.stream().filter(e -> e.evaluation() != Evaluation.CHUA_DAT).count();
        if (!measured.isEmpty()) {
            out.add("- " + met + "/" + measured.size() + " chỉ tiêu có số liệu đạt hoặc vượt chỉ tiêu kế hoạch.");
        }
        long done = results.tasks().stream().filter(t -> t.status() == TaskStatus.HOAN_THANH_DUNG_HAN
                || t.status() == TaskStatus.HOAN_THANH_QUA_HAN).count();
        long going = results.tasks().stream().filter(t -> t.status() == TaskStatus.DANG_THUC_HIEN_TRONG_HAN).count();
        out.add("- " + done + " nội dung đã hoàn thành, " + going + " nội dung đang thực hiện trong hạn.");
        out.add("- " + count(Timeliness.Status.ON_TIME) + "/" + grid.size()
                + " cơ quan, đơn vị gửi báo cáo đúng hạn.");
        return out;
    }

    private List<String> weaknesses() {
        List<String> out = new ArrayList<>();
        for (IndicatorEvaluation e : results.indicators()) {
            if (e.evaluation() == Evaluation.CHUA_DAT) {
                out.add("- Chỉ tiêu “" + e.indicator().name().strip() + "” chưa đạt: "
                        + ReportWording.figure(e.consolidated(), e.indicator().unitOfMeasure()) + " so với chỉ tiêu "
                        + ReportWording.target(e.target(), e.indicator().unitOfMeasure()) + ".");
            }
        }
        long noData = results.indicators().stream().filter(e -> e.evaluation() == Evaluation.CHUA_CO_SO_LIEU
                || (e.consolidated() == null && e.results().stream().allMatch(r -> r.text() == null))).count();
        if (noData > 0) {
            out.add("- " + noData + " chỉ tiêu chưa có số liệu báo cáo.");
        }
        List<String> overdue = results.tasks().stream().filter(t -> t.status() == TaskStatus.CHUA_HOAN_THANH_QUA_HAN)
                .map(t -> "“" + t.item().item().content().strip() + "”").toList();
        if (!overdue.isEmpty()) {
            out.add("- " + overdue.size() + " nội dung chưa hoàn thành quá hạn: " + String.join("; ", overdue) + ".");
        }
        List<String> undated = results.tasks().stream()
                .filter(t -> t.status() == TaskStatus.KHONG_XAC_DINH_DUOC_HAN)
                .map(t -> "“" + t.item().item().content().strip() + "”").toList();
        if (!undated.isEmpty()) {
            out.add("- " + undated.size() + " nội dung không xác định được hạn (thời gian hoàn thành không ghi rõ "
                    + "ngày, tháng, quý hoặc năm): " + String.join("; ", undated) + ".");
        }
        List<String> late = grid.stream().filter(g -> g.timeliness().status() == Timeliness.Status.LATE)
                .map(g -> g.unit().name() + " (" + g.timeliness().label().toLowerCase(java.util.Locale.ROOT) + ")")
                .toList();
        if (!late.isEmpty()) {
            out.add("- Đơn vị gửi báo cáo chậm: " + String.join("; ", late) + ".");
        }
        List<String> missing = grid.stream().filter(g -> g.latestVersion() == null).map(g -> g.unit().name())
                .toList();
        if (!missing.isEmpty()) {
            out.add("- Đơn vị chưa gửi báo cáo: " + String.join("; ", missing) + ".");
        }
        return out;
    }

    private List<String> fromUnits(Function<UnitProgress, String> field) {
        Set<String> out = new LinkedHashSet<>();
        for (TaskEvaluation t : results.tasks()) {
            for (UnitProgress p : t.reports()) {
                String text = field.apply(p);
                if (text != null && !text.isBlank()) {
                    out.add("- " + p.unit().name() + ": " + ReportWording.sentence(text));
                }
            }
        }
        return new ArrayList<>(out);
    }

    private List<String> nextPeriod() {
        List<String> out = new ArrayList<>();
        long open = results.tasks().stream().filter(t -> t.status() == TaskStatus.DANG_THUC_HIEN_TRONG_HAN
                || t.status() == TaskStatus.CHUA_TRIEN_KHAI).count();
        long overdue = results.tasks().stream().filter(t -> t.status() == TaskStatus.CHUA_HOAN_THANH_QUA_HAN).count();
        out.add("- Tiếp tục triển khai thực hiện " + ReportWording.planCitation(plan) + "; tập trung vào " + open
                + " nội dung đang thực hiện, chưa triển khai và " + overdue + " nội dung chưa hoàn thành quá hạn.");
        out.add("- Các cơ quan, đơn vị phấn đấu thực hiện các chỉ tiêu chưa đạt, bổ sung số liệu các chỉ tiêu "
                + "chưa có số liệu.");
        if (next != null) {
            out.add("- Các cơ quan, đơn vị gửi báo cáo " + next.name() + " chậm nhất ngày "
                    + VietnameseDates.shortDate(next.period().dueDate()) + ".");
        }
        return out;
    }

    private static String lines(List<String> lines) {
        return String.join("\n", lines);
    }
}
