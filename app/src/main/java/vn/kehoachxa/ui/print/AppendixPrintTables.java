package vn.kehoachxa.ui.print;

import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IssuerNames;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.TypeNames;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.domain.text.RomanNumerals;
import vn.kehoachxa.ui.assignments.DeadlineForm;
import vn.kehoachxa.ui.assignments.MatrixRows;
import vn.kehoachxa.ui.assignments.RowFilter;
import vn.kehoachxa.ui.indicators.IndicatorRow;
import vn.kehoachxa.ui.indicators.IndicatorsViewModel;

/**
 * The appendix tables (phụ lục) of a plan in the printed form's columns, with the label and title above, in the
 * plan's appendix numbering (Roman numerals only when two or more print).
 */
public final class AppendixPrintTables {
    private static final List<Double> INDICATOR_WIDTHS = List.of(6.0, 54.0, 11.0, 13.0, 36.0);
    private static final List<Double> MATRIX_WIDTHS = List.of(6.0, 50.0, 22.0, 26.0, 16.0);

    private AppendixPrintTables() {
    }

    /** The table {@code table} of {@code doc}, laid out as it prints. */
    public static PrintTable of(PlanDocument stored, TableKind table) {
        PlanDocument doc = vn.kehoachxa.domain.plan.PlanFields.resolve(stored);
        Appendix settings = doc.appendix(table);
        List<Appendix> printed = doc.printedAppendices();
        int index = printed.stream().map(Appendix::table).toList().indexOf(table);
        String label = printed.size() <= 1 || index < 0 ? "Phụ lục" : "Phụ lục " + RomanNumerals.of(index + 1);
        Plan plan = doc.plan();
        List<String> titles = List.of(label, settings.effectiveTitle().toUpperCase(java.util.Locale.ROOT),
                "(Kèm theo " + TypeNames.inWords(plan) + " số " + plan.numberAndSymbol() + " của "
                        + IssuerNames.inWords(plan) + ")");
        String heading = settings.effectiveContentHeading();
        return switch (table) {
            case INDICATORS -> new PrintTable(titles, List.of("TT", heading, "Đơn vị tính",
                    "Đến năm " + plan.endYear(), "Ghi chú"), INDICATOR_WIDTHS, indicatorRows(doc, plan.endYear()));
            case TARGET_MATRIX -> new PrintTable(titles, matrixHeadings(heading), MATRIX_WIDTHS,
                    matrixRows(doc.targetGroups(), table));
            case TASK_MATRIX -> new PrintTable(titles, matrixHeadings(heading), MATRIX_WIDTHS,
                    matrixRows(doc.taskGroups(), table));
        };
    }

    private static List<String> matrixHeadings(String heading) {
        return List.of("STT", heading, "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành");
    }

    private static List<PrintTable.Line> indicatorRows(PlanDocument doc, int endYear) {
        List<PrintTable.Line> rows = new ArrayList<>();
        for (IndicatorRow row : IndicatorsViewModel.rows(doc.indicatorGroups(), RowFilter.NONE)) {
            Indicator i = row.indicator();
            if (row.isGroup()) {
                rows.add(new PrintTable.Line(List.of((row.number() + " " + nullToEmpty(row.group().title()))
                        .strip()), true));
            } else {
                rows.add(new PrintTable.Line(List.of(row.number(), i.name(), nullToEmpty(i.unitOfMeasure()),
                        IndicatorsViewModel.targetText(i, endYear), nullToEmpty(i.note())), false));
            }
        }
        return rows;
    }

    private static List<PrintTable.Line> matrixRows(List<AssignmentGroup> groups, TableKind table) {
        List<PrintTable.Line> rows = new ArrayList<>();
        for (MatrixRows.Line line : MatrixRows.of(groups, table)) {
            var row = line.row();
            if (row.isGroup()) {
                rows.add(new PrintTable.Line(List.of((row.number() + " " + nullToEmpty(row.group().title()))
                        .strip()), true));
            } else {
                rows.add(new PrintTable.Line(List.of(row.number(), row.item().content(),
                        lines(row.item().leads()), lines(row.item().cooperating()),
                        DeadlineForm.preview(row.item().deadline())), false));
            }
        }
        return rows;
    }

    /** Several units print one per line in the cell. */
    private static String lines(List<Assignee> assignees) {
        return String.join("\n", assignees.stream().map(Assignee::name).toList());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
