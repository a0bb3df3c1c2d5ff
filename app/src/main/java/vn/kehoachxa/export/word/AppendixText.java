package vn.kehoachxa.export.word;

import java.util.ArrayList;
import java.util.List;

import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.text.RomanNumerals;
import vn.kehoachxa.domain.text.VietnameseDates;

/**
 * Phụ lục: one appendix as text, ready to be written — label, title, the "(Kèm theo …)" line, the columns with
 * their widths on a landscape page, and the rows (group rows spanning the width, data rows).
 */
public record AppendixText(TableKind kind, String label, String title, String attachedTo, List<String> columns, int[] widths,
                List<Row> rows) {

    /** A row of an appendix table: a group heading across the width, or data cells. */
    public sealed interface Row permits Group, Data {
    }

    /** "I. Nâng cao thể trạng…" across the whole width, bold. */
    public record Group(String text) implements Row {
    }

    /** One cell per column. */
    public record Data(List<String> cells) implements Row {
    }

    /** Columns: number, content, unit, target, note (the Party sample's indicator table); content takes the rest. */
    private static final int[] INDICATOR_WIDTHS = fill(800, 0, 1500, 1800, 3500);
    /**
     * Columns: number, content, lead, cooperating, deadline. The content column is the widest text of a row, so it
     * takes what the short unit names leave: rows get fewer lines and a landscape page holds more of them.
     */
    private static final int[] MATRIX_WIDTHS = fill(800, 0, 2400, 2600, 2000);

    /** {@code widths} with the content column (index 1) taking the rest of the landscape text width. */
    private static int[] fill(int... widths) {
        int rest = PageSetup.LANDSCAPE_TEXT_WIDTH;
        for (int w : widths) {
            rest -= w;
        }
        widths[1] = rest;
        return widths;
    }

    /** Every appendix the plan prints, in order: indicators, target matrix, task matrix. */
    public static List<AppendixText> of(PlanDocument doc, DocumentLayout layout) {
        List<AppendixText> out = new ArrayList<>();
        Plan plan = doc.plan();
        List<Appendix> printed = doc.printedAppendices();
        String attached = attachedTo(plan, layout);
        RowNumbers numbers = RowNumbers.of(doc);
        for (Appendix settings : printed) {
            String label = label(out.size(), printed.size());
            String title = settings.effectiveTitle();
            String content = settings.effectiveContentHeading();
            out.add(switch (settings.table()) {
                case INDICATORS -> new AppendixText(TableKind.INDICATORS, label, title, attached,
                        List.of("TT", content, "Đơn vị tính", "Đến năm " + plan.endYear(), "Ghi chú"),
                        INDICATOR_WIDTHS, indicatorRows(doc.indicatorGroups(), plan.endYear(), numbers));
                case TARGET_MATRIX -> new AppendixText(TableKind.TARGET_MATRIX, label, title, attached,
                        matrixColumns(content), MATRIX_WIDTHS, matrixRows(doc.targetGroups(), numbers));
                case TASK_MATRIX -> new AppendixText(TableKind.TASK_MATRIX, label, title, attached,
                        matrixColumns(content), MATRIX_WIDTHS, matrixRows(doc.taskGroups(), numbers));
            });
        }
        return out;
    }

    /** "Phụ lục" alone, or "Phụ lục I", "Phụ lục II" when there are two or more. */
    static String label(int index, int count) {
        return count < 2 ? "Phụ lục" : "Phụ lục " + RomanNumerals.of(index + 1);
    }

    /** "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân xã Mường La)". */
    public static String attachedTo(Plan plan, DocumentLayout layout) {
        return "(Kèm theo " + LayoutTexts.typeInWords(plan) + " số " + layout.numberAndSymbol(plan) + " "
                + VietnameseDates.longDate(plan.issueDate(), LayoutTexts.draftYear(plan)) + " của "
                + layout.issuerInWords(plan) + ")";
    }

    private static List<String> matrixColumns(String content) {
        return List.of("STT", content, "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành");
    }

    private static List<Row> indicatorRows(List<IndicatorGroup> groups, int endYear, RowNumbers numbers) {
        List<Row> rows = new ArrayList<>();
        for (IndicatorGroup group : groups) {
            groupRow(numbers.heading(group)).ifPresent(rows::add);
            for (Indicator i : group.indicators()) {
                rows.add(new Data(List.of(numbers.of(i), i.name().strip(), nullToEmpty(i.unitOfMeasure()),
                        CellTexts.target(targetFor(i, endYear)), nullToEmpty(i.note()))));
            }
        }
        return rows;
    }

    /** The target for the plan's last year, or else the latest one. */
    private static IndicatorTarget targetFor(Indicator indicator, int endYear) {
        IndicatorTarget latest = null;
        for (IndicatorTarget t : indicator.targets()) {
            if (t.year() != null && t.year() == endYear) {
                return t;
            }
            if (latest == null || (t.year() != null && (latest.year() == null || t.year() > latest.year()))) {
                latest = t;
            }
        }
        return latest;
    }

    /** Numbers as {@link RowNumbers} gives them: target rows run on across groups, task rows restart. */
    private static List<Row> matrixRows(List<AssignmentGroup> groups, RowNumbers numbers) {
        List<Row> rows = new ArrayList<>();
        for (AssignmentGroup group : groups) {
            groupRow(numbers.heading(group)).ifPresent(rows::add);
            for (AssignmentItem item : group.items()) {
                addItem(rows, item, numbers);
            }
        }
        return rows;
    }

    private static void addItem(List<Row> rows, AssignmentItem item, RowNumbers numbers) {
        rows.add(new Data(List.of(numbers.of(item), item.content().strip(), units(item.leads()),
                units(item.cooperating()), CellTexts.deadline(item.deadline()))));
        for (AssignmentItem child : item.children()) {
            addItem(rows, child, numbers);
        }
    }

    private static java.util.Optional<Row> groupRow(String heading) {
        return heading.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Group(heading));
    }

    /** Number, unit, target and deadline columns are centred; names and notes read as running text. */
    public boolean centred(int column) {
        return column == 0 || (kind == TableKind.INDICATORS ? column == 2 || column == 3 : column == 4);
    }

    /** Several units joined by "; " in one cell, as the plans print them. */
    static String units(List<Assignee> assignees) {
        return String.join("; ", assignees.stream().map(Assignee::name).toList());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s.strip();
    }
}
