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
import vn.kehoachxa.ui.common.EnumLabels;

/** The Thời hạn part of the matrix editor: a deadline typed as wording or as fields, previewed as it is typed. */
final class DeadlineEditor {
    private final TextField wordingField;
    private final ChoiceBox<DeadlineKind> kindChoice;
    private final TextField yearField;
    private final TextField endYearField;
    private final TextField monthField;
    private final Label preview;
    private final Label problem;
    private final BooleanSupplier showing;
    private final Supplier<AssignmentItem> selected;
    private final BiConsumer<AssignmentItem, Deadline> apply;

    /**
     * Wires the controls from the screen's FXML. While {@code showing} holds the screen is filling the fields
     * itself, so nothing is previewed or applied; {@code apply} saves a new deadline for the {@code selected} row.
     */
    DeadlineEditor(TextField wordingField, ChoiceBox<DeadlineKind> kindChoice, TextField yearField,
                   TextField endYearField, TextField monthField, Label preview, Label problem,
                   BooleanSupplier showing, Supplier<AssignmentItem> selected,
                   BiConsumer<AssignmentItem, Deadline> apply) {
        this.wordingField = wordingField;
        this.kindChoice = kindChoice;
        this.yearField = yearField;
        this.endYearField = endYearField;
        this.monthField = monthField;
        this.preview = preview;
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
        for (TextField f : List.of(yearField, endYearField, monthField)) {
            f.textProperty().addListener((obs, old, now) -> previewFields());
            f.setOnAction(e -> applyFields());
        }
        kindChoice.valueProperty().addListener((obs, old, now) -> previewFields());
    }

    /** Fills the fields from {@code d} (none when null). */
    void show(Deadline d) {
        wordingField.setText(d == null || d.originalText() == null ? "" : d.originalText());
        kindChoice.setValue(d == null ? null : d.kind());
        yearField.setText(d == null || d.year() == null ? "" : String.valueOf(d.year()));
        endYearField.setText(d == null || d.endYear() == null ? "" : String.valueOf(d.endYear()));
        monthField.setText(DeadlineForm.monthField(d));
        preview.setText(DeadlineForm.preview(d));
        problem.setText("");
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
                    monthField.getText());
            apply.accept(i, d);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
        }
    }

    private void previewWording() {
        if (!showing.getAsBoolean()) {
            Deadline d = DeadlineForm.fromWording(wordingField.getText()).orElse(null);
            preview.setText(d == null ? "" : DeadlineForm.preview(d) + " — "
                    + Texts.get("deadline.kind." + d.kind().name()));
            problem.setText("");
        }
    }

    private void previewFields() {
        if (!showing.getAsBoolean()) {
            try {
                Deadline d = DeadlineForm.fromFields(kindChoice.getValue(), yearField.getText(),
                        endYearField.getText(), monthField.getText());
                preview.setText(DeadlineForm.preview(d));
                problem.setText("");
            } catch (IllegalArgumentException e) {
                problem.setText(e.getMessage());
            }
        }
    }
}
