package vn.kehoachxa.ui.indicators;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.kehoachxa.domain.plan.Comparator;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.ui.common.EnumLabels;

/** The target editor of the Chỉ tiêu screen: its fields, the live preview and the problem that blocks saving. */
final class TargetEditor {
    private final ValidationSupport validation = new ValidationSupport();
    private final ChoiceBox<TargetKind> kindChoice;
    private final ChoiceBox<Comparator> comparatorChoice;
    private final TextField valueField;
    private final TextField upperField;
    private final TextField unitField;
    private final TextField yearField;
    private final TextField wordsField;
    private final Label previewLabel;
    private final Label problemLabel;
    private final Button saveButton;
    private Relative relative;

    /**
     * The fields only a relative target uses: what its figure means, its baseline (value and year), the box that holds
     * them (shown only for a relative target) and the label saying what it still lacks to be judged.
     */
    record Relative(ChoiceBox<RelativeChange> changeChoice, TextField baselineValueField,
                    TextField baselineYearField, Node box, Label hintLabel) {
    }

    /** Wires the controls from the screen's FXML; {@code onSave} runs on Enter in any field. */
    TargetEditor(ChoiceBox<TargetKind> kindChoice, ChoiceBox<Comparator> comparatorChoice, TextField valueField,
                 TextField upperField, TextField unitField, TextField yearField, TextField wordsField,
                 Label previewLabel, Label problemLabel, Button saveButton, Runnable onSave) {
        this.kindChoice = kindChoice;
        this.comparatorChoice = comparatorChoice;
        this.valueField = valueField;
        this.upperField = upperField;
        this.unitField = unitField;
        this.yearField = yearField;
        this.wordsField = wordsField;
        this.previewLabel = previewLabel;
        this.problemLabel = problemLabel;
        this.saveButton = saveButton;
        kindChoice.getItems().setAll(TargetKind.values());
        kindChoice.setConverter(EnumLabels.converter("target.kind."));
        comparatorChoice.getItems().setAll(Comparator.values());
        comparatorChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(Comparator c) {
                return c == null ? "" : c.sign();
            }

            @Override
            public Comparator fromString(String s) {
                return Comparator.fromSign(s);
            }
        });
        for (TextField f : List.of(valueField, upperField, unitField, yearField, wordsField)) {
            f.textProperty().addListener((obs, old, now) -> refreshPreview());
            f.setOnAction(e -> onSave.run());
        }
        kindChoice.valueProperty().addListener((obs, old, now) -> refreshPreview());
        comparatorChoice.valueProperty().addListener((obs, old, now) -> refreshPreview());
        // A blank value is not yet an error worth a red mark: the problem label already says what is missing.
        validation.registerValidator(valueField, false, (c, v) -> {
            String problem = form().valueProblem().orElse("");
            return ValidationResult.fromErrorIf(c, problem, !problem.isEmpty() && !valueField.getText().isBlank());
        });
    }

    /** Wires the relative target's fields; {@code onSave} runs on Enter in them. */
    void wireRelative(Relative fields, Runnable onSave) {
        this.relative = fields;
        fields.changeChoice().getItems().setAll(RelativeChange.values());
        fields.changeChoice().setConverter(EnumLabels.converter("target.change."));
        fields.changeChoice().valueProperty().addListener((obs, old, now) -> refreshPreview());
        for (TextField f : List.of(fields.baselineValueField(), fields.baselineYearField())) {
            f.textProperty().addListener((obs, old, now) -> refreshPreview());
            f.setOnAction(e -> onSave.run());
        }
    }

    /** Fills the fields from {@code f}; the caller refreshes the preview once it has shown the whole row. */
    void show(TargetForm f) {
        if (relative != null) {
            relative.changeChoice().setValue(f.change());
            relative.baselineValueField().setText(f.baselineValue());
            relative.baselineYearField().setText(f.baselineYear());
        }
        kindChoice.setValue(f.kind());
        comparatorChoice.setValue(f.comparator());
        valueField.setText(f.value());
        upperField.setText(f.upperValue());
        unitField.setText(f.unit());
        yearField.setText(f.year());
        wordsField.setText(f.words());
    }

    /** What the fields say now. */
    TargetForm form() {
        return new TargetForm(kindChoice.getValue(), comparatorChoice.getValue(), valueField.getText(),
                upperField.getText(), unitField.getText(), yearField.getText(), wordsField.getText(),
                relative == null ? null : relative.changeChoice().getValue(),
                relative == null ? "" : relative.baselineValueField().getText(),
                relative == null ? "" : relative.baselineYearField().getText());
    }

    /** Enables only the fields the kind uses, and blocks saving while the form has a problem. */
    void refreshPreview() {
        TargetForm f = form();
        TargetKind kind = f.kind();
        upperField.setDisable(kind != TargetKind.RANGE);
        comparatorChoice.setDisable(kind == TargetKind.RANGE || kind == TargetKind.QUALITATIVE);
        valueField.setDisable(kind == TargetKind.QUALITATIVE);
        wordsField.setDisable(kind != TargetKind.QUALITATIVE);
        if (relative != null) {
            relative.box().setVisible(kind == TargetKind.RELATIVE);
            relative.box().setManaged(kind == TargetKind.RELATIVE);
            relative.hintLabel().setText(f.relativeHint().orElse(""));
        }
        previewLabel.setText(f.preview());
        problemLabel.setText(f.problem().orElse(""));
        saveButton.setDisable(f.problem().isPresent());
    }
}
