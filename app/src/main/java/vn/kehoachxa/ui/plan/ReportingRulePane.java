package vn.kehoachxa.ui.plan;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.WeekendPolicy;
import vn.kehoachxa.domain.reporting.DataCutoff;
import vn.kehoachxa.domain.reporting.FixedHolidays;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.domain.reporting.ReportingCalendar;

/**
 * Chế độ báo cáo: which reports units send (quý, 6 tháng, 9 tháng, năm), by which day of the period's last month,
 * whether that day counts, weekends, an own date for the yearly report, the plan's own wording — with a preview of
 * the deadlines of the plan's first year. A checkbox or list choice saves at once; a typed field when left.
 */
final class ReportingRulePane extends VBox {
    private final CheckBox quarterly = check("ruleQuarterly", "planinfo.rule.quarterly");
    private final CheckBox halfYear = check("ruleHalfYear", "planinfo.rule.halfYear");
    private final CheckBox nineMonth = check("ruleNineMonth", "planinfo.rule.nineMonth");
    private final CheckBox yearly = check("ruleYearly", "planinfo.rule.yearly");
    private final ComboBox<Boolean> dayCounts = new ComboBox<>(FXCollections.observableArrayList(false, true));
    private final TextField day = new TextField();
    private final ComboBox<WeekendPolicy> weekend = new ComboBox<>(
            FXCollections.observableArrayList(WeekendPolicy.values()));
    private final TextField yearlyDay = new TextField();
    private final TextField yearlyMonth = new TextField();
    private final TextArea original = new TextArea();
    private final Label preview = new Label();
    /** Decree 09's one working day between cut-off and due date, when the rule does not leave it. */
    private final Label cutoffWarning = new Label();
    private final Consumer<ReportingRule> onChange;
    private boolean showing;
    private int firstYear;
    private java.time.YearMonth firstPeriodMonth;
    private int lastYear;

    ReportingRulePane(ValidationSupport validation, Consumer<ReportingRule> onChange) {
        super(8);
        this.onChange = onChange;
        day.setId("ruleDay");
        day.setPrefColumnCount(3);
        dayCounts.setId("ruleDayCounts");
        dayCounts.setConverter(Converters.of(b -> Texts.get(b ? "planinfo.rule.atLatest" : "planinfo.rule.before")));
        weekend.setId("ruleWeekend");
        weekend.setConverter(Converters.of(w -> Texts.get("planinfo.rule.weekend." + w.name())));
        yearlyDay.setId("ruleYearlyDay");
        yearlyMonth.setId("ruleYearlyMonth");
        yearlyDay.setPrefColumnCount(3);
        yearlyMonth.setPrefColumnCount(3);
        yearlyDay.setPromptText(Texts.get("planinfo.rule.dayPrompt"));
        yearlyMonth.setPromptText(Texts.get("planinfo.rule.monthPrompt"));
        original.setId("ruleOriginal");
        original.setWrapText(true);
        original.setPrefRowCount(3);
        original.setPromptText(Texts.get("planinfo.rule.originalPrompt"));
        preview.setId("rulePreview");
        preview.setWrapText(true);
        preview.getStyleClass().add("muted");
        cutoffWarning.setId("ruleCutoffWarning");
        cutoffWarning.setWrapText(true);
        cutoffWarning.getStyleClass().add("reminder-banner");
        cutoffWarning.setMaxWidth(Double.MAX_VALUE);
        cutoffWarning.managedProperty().bind(cutoffWarning.visibleProperty());
        cutoffWarning.setVisible(false);

        validation.registerValidator(day, false, (c, v) -> result(c, PlanFieldRules.deadlineDay(day.getText())));
        validation.registerValidator(yearlyMonth, false, (c, v) -> result(c,
                PlanFieldRules.yearlyDate(yearlyDay.getText(), yearlyMonth.getText())));

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.getColumnConstraints().add(labelColumn());
        grid.addRow(0, label("planinfo.rule.periods"), new HBox(16, quarterly, halfYear, nineMonth, yearly));
        grid.addRow(1, label("planinfo.rule.deadline"), new HBox(8, dayCounts, day,
                label("planinfo.rule.ofLastMonth")));
        grid.addRow(2, label("planinfo.rule.weekend"), weekend);
        grid.addRow(3, label("planinfo.rule.yearlyDate"), new HBox(8, yearlyDay, label("planinfo.rule.slash"),
                yearlyMonth, label("planinfo.rule.yearlyHint")));
        grid.addRow(4, label("planinfo.rule.original"), original);
        GridPane.setHgrow(original, Priority.ALWAYS);
        for (var node : grid.getChildren()) {
            if (node instanceof HBox box) {
                box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            }
        }
        getChildren().addAll(grid, preview, cutoffWarning);

        for (CheckBox box : List.of(quarterly, halfYear, nineMonth, yearly)) {
            box.selectedProperty().addListener((obs, old, now) -> changed());
        }
        dayCounts.valueProperty().addListener((obs, old, now) -> changed());
        weekend.valueProperty().addListener((obs, old, now) -> changed());
        for (TextInputControl field : List.of(day, yearlyDay, yearlyMonth, original)) {
            field.focusedProperty().addListener((obs, was, is) -> {
                if (!is) {
                    changed();
                }
            });
        }
        for (TextField field : List.of(day, yearlyDay, yearlyMonth)) {
            field.setOnAction(e -> changed());
        }
    }

    /** Shows {@code rule}; the preview lists the deadlines of {@code year}, the cut-off check that year only. */
    void show(ReportingRule rule, int year) {
        show(rule, year, year);
    }

    /**
     * Shows {@code rule}; the preview lists the deadlines of {@code year}; the cut-off check covers {@code year} to
     * {@code endYear}, since a weekend or holiday move can bring one year's due date onto its cut-off.
     */
    void show(ReportingRule rule, int year, int endYear) {
        showing = true;
        firstYear = year;
        // Kept as shown: the first period is picked on Kỳ báo cáo, not in these fields.
        firstPeriodMonth = rule.firstPeriodMonth();
        lastYear = Math.max(year, endYear);
        quarterly.setSelected(rule.quarterly());
        halfYear.setSelected(rule.halfYear());
        nineMonth.setSelected(rule.nineMonth());
        yearly.setSelected(rule.yearly());
        day.setText(String.valueOf(rule.deadlineDay()));
        dayCounts.setValue(rule.dayCounts());
        weekend.setValue(rule.weekendPolicy());
        yearlyDay.setText(rule.yearlyDay() == null ? "" : String.valueOf(rule.yearlyDay()));
        yearlyMonth.setText(rule.yearlyMonth() == null ? "" : String.valueOf(rule.yearlyMonth()));
        original.setText(rule.originalText() == null ? "" : rule.originalText());
        preview.setText(preview(rule, year));
        showCutoffWarning(rule);
        showing = false;
    }

    /** The rule the fields describe, or null while a field holds something the rule cannot take. */
    ReportingRule typed() {
        if (PlanFieldRules.deadlineDay(day.getText()).isPresent()
                || PlanFieldRules.yearlyDate(yearlyDay.getText(), yearlyMonth.getText()).isPresent()) {
            return null;
        }
        Integer month = PlanFieldRules.parse(yearlyMonth.getText());
        return new ReportingRule(quarterly.isSelected(), halfYear.isSelected(), nineMonth.isSelected(),
                yearly.isSelected(), PlanFieldRules.parse(day.getText()), Boolean.TRUE.equals(dayCounts.getValue()),
                weekend.getValue(), month, month == null ? null : PlanFieldRules.parse(yearlyDay.getText()),
                PlanEdits.blankToNull(original.getText()), firstPeriodMonth);
    }

    private void changed() {
        if (showing) {
            return;
        }
        ReportingRule rule = typed();
        if (rule != null) {
            preview.setText(preview(rule, firstYear));
            showCutoffWarning(rule);
            onChange.accept(rule);
        }
    }

    /** "Hạn báo cáo năm 2026: Quý I năm 2026 19/3/2026; …" after weekend and holiday moves. */
    static String preview(ReportingRule rule, int year) {
        Set<java.time.LocalDate> holidays = FixedHolidays.forYear(year).stream().map(Holiday::date)
                .collect(Collectors.toSet());
        String dates = ReportingCalendar.periods(0, rule, year, year, holidays).stream()
                .map(p -> Texts.get("planinfo.rule.previewItem", PeriodNames.name(p), p.dueDate().getDayOfMonth()
                        + "/" + p.dueDate().getMonthValue() + "/" + p.dueDate().getYear()))
                .collect(Collectors.joining("; "));
        return dates.isEmpty() ? Texts.get("planinfo.rule.previewNone")
                : Texts.get("planinfo.rule.preview", String.valueOf(year), dates);
    }

    private void showCutoffWarning(ReportingRule rule) {
        String text = cutoffWarning(rule, firstYear, lastYear);
        cutoffWarning.setText(text == null ? "" : text);
        cutoffWarning.setVisible(text != null);
    }

    /**
     * The Vietnamese warning when a period of {@code firstYear..lastYear} leaves less than one working day between
     * its data cut-off and its due date (Decree 09/2019), after weekend and holiday moves; null when none does.
     */
    static String cutoffWarning(ReportingRule rule, int firstYear, int lastYear) {
        Set<java.time.LocalDate> holidays = new java.util.HashSet<>();
        for (int y = firstYear; y <= lastYear; y++) {
            FixedHolidays.forYear(y).forEach(h -> holidays.add(h.date()));
        }
        return DataCutoff.warning(DataCutoff.tooClose(
                ReportingCalendar.periods(0, rule, firstYear, lastYear, holidays), holidays));
    }

    private static ValidationResult result(javafx.scene.control.Control c, java.util.Optional<String> problem) {
        return ValidationResult.fromErrorIf(c, problem.orElse(""), problem.isPresent());
    }

    private static CheckBox check(String id, String key) {
        CheckBox box = new CheckBox(Texts.get(key));
        box.setId(id);
        return box;
    }

    /** The labels' column keeps its labels whole (large text): the fields' column gives way instead. */
    static ColumnConstraints labelColumn() {
        ColumnConstraints column = new ColumnConstraints();
        column.setMinWidth(Region.USE_PREF_SIZE);
        return column;
    }

    private static Label label(String key) {
        return new Label(Texts.get(key));
    }
}
