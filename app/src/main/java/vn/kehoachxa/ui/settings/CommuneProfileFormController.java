package vn.kehoachxa.ui.settings;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import vn.kehoachxa.domain.commune.CommuneKind;

/** The commune profile form, used by the first-run wizard and by Cài đặt; the view model validates. */
public final class CommuneProfileFormController {
    private final CommuneProfileViewModel model = new CommuneProfileViewModel();
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private TextField nameField;
    @FXML private ComboBox<CommuneKind> kindBox;
    @FXML private TextField provinceField;
    @FXML private TextField adminCodeField;
    @FXML private TextField peopleCommitteeField;
    @FXML private TextField partyCommitteeField;
    @FXML private TextField placeField;
    @FXML private TextField adminSignerTitleField;
    @FXML private TextField adminSignerNameField;
    @FXML private TextField partySignerTitleField;
    @FXML private TextField partySignerNameField;
    @FXML private TextArea recipientsArea;

    @FXML
    private void initialize() {
        kindBox.getItems().setAll(CommuneKind.values());
        kindBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CommuneKind kind) {
                return kind == null ? "" : kind.word();
            }

            @Override
            public CommuneKind fromString(String s) {
                return null;
            }
        });
        kindBox.valueProperty().bindBidirectional(model.kind);
        nameField.textProperty().bindBidirectional(model.name);
        provinceField.textProperty().bindBidirectional(model.province);
        adminCodeField.textProperty().bindBidirectional(model.adminCode);
        peopleCommitteeField.textProperty().bindBidirectional(model.peopleCommittee);
        partyCommitteeField.textProperty().bindBidirectional(model.partyCommittee);
        placeField.textProperty().bindBidirectional(model.placeName);
        adminSignerTitleField.textProperty().bindBidirectional(model.adminSignerTitle);
        adminSignerNameField.textProperty().bindBidirectional(model.adminSignerName);
        partySignerTitleField.textProperty().bindBidirectional(model.partySignerTitle);
        partySignerNameField.textProperty().bindBidirectional(model.partySignerName);
        recipientsArea.textProperty().bindBidirectional(model.recipients);
        nameField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.suggestFromName();
            }
        });
        validation.registerValidator(nameField, false, (c, v) -> result(c, model.nameProblem()));
        validation.registerValidator(provinceField, false, (c, v) -> result(c, model.provinceProblem()));
        validation.registerValidator(adminCodeField, false, (c, v) -> result(c, model.adminCodeProblem()));
        validation.registerValidator(peopleCommitteeField, false,
                (c, v) -> result(c, model.peopleCommitteeProblem()));
        validation.registerValidator(placeField, false, (c, v) -> result(c, model.placeProblem()));
        validation.registerValidator(recipientsArea, false, (c, v) -> result(c, model.recipientsProblem()));
    }

    private static ValidationResult result(javafx.scene.control.Control c, String problem) {
        return ValidationResult.fromErrorIf(c, problem == null ? "" : problem, problem != null);
    }

    /** The form's view model. */
    public CommuneProfileViewModel model() {
        return model;
    }

    /** Shows every problem decoration now (before the first edit they are hidden). */
    public void revalidate() {
        validation.revalidate();
    }

}
