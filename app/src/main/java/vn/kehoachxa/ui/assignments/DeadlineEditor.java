package vn.kehoachxa.ui.assignments;

import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.DeadlineText;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.ui.common.EnumLabels;

/** The Thời hạn part of the matrix editor: a deadline typed as wording or as fields, previewed as it is typed. */
final class DeadlineEditor {
    private final TextField wordingField;
    private final ChoiceBox<DeadlineKind> kindChoice;
    private final TextField yearField;
    private final TextField endYearField;
    private final TextField monthField;
    private final TextField dayField;
    private final Label preview;
    private final Label hint;
    private final Label problem;
    private final BooleanSupplier showing;
    private final Supplier<AssignmentItem> selected;
    private final BiConsumer<AssignmentItem, Deadline> apply;

    /** The deadline's fields as the screen's FXML holds them. */
    record Fields(TextField wording, ChoiceBox<DeadlineKind> kind, TextField year, TextField endYear,
                  TextField month, TextField day) {
    }

    /**
     * Wires the controls from the screen's FXML. While {@code showing} holds the screen is filling the fields
     * itself, so nothing is previewed or applied; {@code apply} saves a new deadline for the {@code selected} row.
     * {@code hint} says when the deadline names no date, so the task cannot be judged on time or late.
     */
    DeadlineEditor(Fields fields, Label preview, Label hint, Label problem, BooleanSupplier showing,
                   Supplier<AssignmentItem> selected, BiConsumer<AssignmentItem, Deadline> apply) {
        this.wordingField = fields.wording();
        this.kindChoice = fields.kind();
        this.yearField = fields.year();
        this.endYearField = fields.endYear();
        this.monthField = fields.month();
        this.dayField = fields.day();
        this.preview = preview;
        this.hint = hint;
        this.problem = problem;
        this.showing = showing;
        this.selected = selected;
        this.apply = apply;
        kindChoice.getItems().setAll(DeadlineKind.values());
        kindChoice.setConverter(EnumLabels.converter("deadline.kind."));
        wordingField.textProperty().addListener((obs, old, now) -> previewWording());
        wordingField.setOnAction(e -> applyWording());
        wordingField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                applyWording();
            }
        });
        hint.managedProperty().bind(hint.visibleProperty());
        showHint(null, false);
        for (TextField f : List.of(yearField, endYearField, monthField, dayField)) {
            f.textProperty().addListener((obs, old, now) -> previewFields());
            f.setOnAction(e -> applyFields());
        }
        kindChoice.valueProperty().addListener((obs, old, now) -> previewFields());
    }

    /** Fills the fields from the deadline of {@code row} (none when null: no row selected). */
    void show(AssignmentItem row) {
        Deadline d = row == null ? null : row.deadline();
        wordingField.setText(d == null || d.originalText() == null ? "" : d.originalText());
        kindChoice.setValue(d == null ? null : d.kind());
        yearField.setText(d == null || d.year() == null ? "" : String.valueOf(d.year()));
        endYearField.setText(d == null || d.endYear() == null ? "" : String.valueOf(d.endYear()));
        monthField.setText(DeadlineForm.monthField(d));
        dayField.setText(DeadlineForm.dayField(d));
        preview.setText(describe(d));
        showHint(d, row != null);
        problem.setText("");
    }

    /** The deadline as printed, its kind, and the due date it is read as ("… — Đến ngày — hạn 29/6/2027"). */
    private static String describe(Deadline d) {
        if (d == null) {
            return "";
        }
        return DeadlineForm.preview(d) + " — " + Texts.get("deadline.kind." + d.kind().name()) + DeadlineText.dueDate(d)
                .map(due -> " — " + Texts.get("matrix.deadline.due", VietnameseDates.shortDate(due))).orElse("");
    }

    /** Shows the hint for a deadline that names no date; {@code row} false: nothing typed yet, no hint. */
    private void showHint(Deadline d, boolean row) {
        String text = row ? DeadlineForm.undatableHint(d) : null;
        hint.setText(text == null ? "" : text);
        hint.setVisible(text != null);
    }

    /** Applies the wording, but only when it differs from the row's: leaving the field untouched saves nothing. */
    void applyWording() {
        AssignmentItem i = selected.get();
        if (showing.getAsBoolean() || i == null) {
            return;
        }
        Deadline d = DeadlineForm.fromWording(wordingField.getText()).orElse(null);
        String before = i.deadline() == null ? "" : Objects.toString(i.deadline().originalText(), "");
        if (!wordingField.getText().strip().equals(before.strip())) {
            apply.accept(i, d);
        }
    }

    /** Applies the fields, or says what is wrong with them. */
    void applyFields() {
        AssignmentItem i = selected.get();
        if (showing.getAsBoolean() || i == null) {
            return;
        }
        try {
            Deadline d = DeadlineForm.fromFields(kindChoice.getValue(), yearField.getText(), endYearField.getText(),
                    monthField.getText(), dayField.getText());
            apply.accept(i, d);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private void previewWording() {
        if (!showing.getAsBoolean()) {
            Deadline d = DeadlineForm.fromWording(wordingField.getText()).orElse(null);
            preview.setText(describe(d));
            showHint(d, true);
            problem.setText("");
        }
    }

    private void previewFields() {
        if (!showing.getAsBoolean()) {
            try {
                Deadline d = DeadlineForm.fromFields(kindChoice.getValue(), yearField.getText(),
                        endYearField.getText(), monthField.getText(), dayField.getText());
                preview.setText(describe(d));
                showHint(d, true);
                problem.setText("");
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
            }
        }
    }
}
