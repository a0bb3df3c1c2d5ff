package vn.kehoachxa.export.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.RowNumbers;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.text.RomanNumerals;
import vn.kehoachxa.export.excel.PrintableTable.Align;
import vn.kehoachxa.export.excel.PrintableTable.Column;
import vn.kehoachxa.export.excel.PrintableTable.DataRow;
import vn.kehoachxa.export.excel.PrintableTable.GroupRow;
import vn.kehoachxa.export.excel.PrintableTable.Row;
import vn.kehoachxa.export.excel.PrintableTable.TitleLine;
import vn.kehoachxa.export.excel.PrintableTable.TitleStyle;

/**
 * Maps a plan's appendices (phụ lục) to printable tables, in the order the plan prints them: indicator table, target
 * assignment matrix, task assignment matrix. A plan has an appendix only where its table has rows.
 */
final class AppendixTables {
    /** Column of the indicator table holding the target as a number (hidden: see {@link #indicatorColumns}). */
    static final int INDICATOR_VALUE_COLUMN = 4;

    /** One appendix: its sheet name, which table it is, and the table. */
    record AppendixSheet(String sheetName, TableKind kind, PrintableTable table) {
    }

    private AppendixTables() {
    }

    static List<AppendixSheet> of(PlanDocument doc) {
        List<Appendix> printed = doc.printedAppendices();
        List<AppendixSheet> out = new ArrayList<>();
        for (int i = 0; i < printed.size(); i++) {
            // Decree 30: appendices are numbered in Roman numerals only when there are two or more.
            String label = printed.size() == 1 ? "Phụ lục" : "Phụ lục " + RomanNumerals.of(i + 1);
            out.add(appendix(doc, printed.get(i), label));
        }
        return out;
    }

    private static AppendixSheet appendix(PlanDocument doc, Appendix settings, String label) {
        Plan plan = doc.plan();
        TableKind kind = settings.table();
        RowNumbers numbers = RowNumbers.of(doc);
        String heading = settings.effectiveContentHeading();
        List<TitleLine> titles = List.of(
                new TitleLine(label, TitleStyle.LABEL),
                new TitleLine(settings.effectiveTitle(), TitleStyle.TITLE),
                new TitleLine(FallbackWording.attachedTo(plan), TitleStyle.NOTE));
        return switch (kind) {
            case INDICATORS -> new AppendixSheet("Chỉ tiêu", kind,
                    new PrintableTable(titles, indicatorColumns(heading, plan.endYear()), indicatorRows(doc)));
            case TARGET_MATRIX -> new AppendixSheet("Phân công mục tiêu", kind,
                    new PrintableTable(titles, matrixColumns(heading), matrixRows(doc.targetGroups(), numbers)));
            case TASK_MATRIX -> new AppendixSheet("Phân công nhiệm vụ", kind,
                    new PrintableTable(titles, matrixColumns(heading), matrixRows(doc.taskGroups(), numbers)));
        };
    }

    /**
     * The printed columns of the form, plus a hidden "Giá trị" column right of the printed target holding the target
     * as a number. Hidden because the printed appendix must match the plan's five-column form; kept because users
     * who work on in Excel (charts, comparisons with results) need a number, and "≥ 97" is text.
     */
    static List<Column> indicatorColumns(String contentHeader, int endYear) {
        return List.of(
                Column.of("TT", 6, Align.CENTER),
                Column.of(contentHeader, 54, Align.LEFT),
                Column.of("Đơn vị tính", 11, Align.CENTER),
                Column.of("Đến năm " + endYear, 13, Align.CENTER),
                new Column("Giá trị", 10, Align.RIGHT, true),
                Column.of("Ghi chú", 36, Align.LEFT));
    }

    static List<Column> matrixColumns(String contentHeader) {
        return List.of(
                Column.of("STT", 6, Align.CENTER),
                Column.of(contentHeader, 50, Align.LEFT),
                Column.of("Cơ quan chủ trì", 22, Align.LEFT),
                Column.of("Cơ quan phối hợp", 26, Align.LEFT),
                Column.of("Thời gian hoàn thành", 16, Align.CENTER));
    }

    private static List<Row> indicatorRows(PlanDocument doc) {
        int endYear = doc.plan().endYear();
        List<Row> rows = new ArrayList<>();
        RowNumbers numbers = RowNumbers.of(doc);
        for (IndicatorGroup group : doc.indicatorGroups()) {
            groupRow(numbers.heading(group)).ifPresent(rows::add);
            for (Indicator indicator : group.indicators()) {
                IndicatorTarget target = targetFor(indicator, endYear);
                rows.add(DataRow.of(
                        numbers.of(indicator),
                        indicator.name(),
                        nullToEmpty(indicator.unitOfMeasure()),
                        target == null ? "" : FallbackWording.target(target),
                        numericValue(target),
                        nullToEmpty(indicator.note())));
            }
        }
        return rows;
    }

    /** The target for the plan's end year ("Đến năm 2030"), else the latest one the indicator has. */
    private static IndicatorTarget targetFor(Indicator indicator, int endYear) {
        IndicatorTarget latest = null;
        for (IndicatorTarget target : indicator.targets()) {
            if (target.year() != null && target.year() == endYear) {
                return target;
            }
            if (latest == null || (target.year() != null && (latest.year() == null || target.year() > latest.year()))) {
                latest = target;
            }
        }
        return latest;
    }

    /** Only a single-number target is a number; a range, an increase or words have no one value to store. */
    private static BigDecimal numericValue(IndicatorTarget target) {
        if (target == null || target.kind() != TargetKind.NUMERIC) {
            return null;
        }
        return target.value();
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

    /** The row, then its sub-rows (6.1, 6.2…) right after it. */
    private static void addItem(List<Row> rows, AssignmentItem item, RowNumbers numbers) {
        rows.add(DataRow.of(
                numbers.of(item),
                item.content(),
                lines(item.leads()),
                lines(item.cooperating()),
                item.deadline() == null ? "" : FallbackWording.deadline(item.deadline())));
        for (AssignmentItem child : item.children()) {
            addItem(rows, child, numbers);
        }
    }

    /** Several units print one per line in the cell. */
    private static String lines(List<Assignee> assignees) {
        return assignees.stream().map(Assignee::name).collect(Collectors.joining("\n"));
    }

    private static Optional<Row> groupRow(String heading) {
        return heading.isEmpty() ? Optional.empty() : Optional.of(new GroupRow(heading));
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
