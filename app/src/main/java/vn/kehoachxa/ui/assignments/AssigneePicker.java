package vn.kehoachxa.ui.assignments;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TextField;
import org.controlsfx.control.CheckComboBox;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.text.UnitNames;

/**
 * Binds a unit list (ControlsFX {@link CheckComboBox}) and a free-text field for generic assignees into one picker
 * of {@link Assignee}s; tells the screen after each change the user makes, not after the screen fills it.
 */
public final class AssigneePicker {
    private final CheckComboBox<String> units;
    private final TextField generic;
    private Runnable onChange = () -> { };
    private boolean filling;
    private String shownGeneric = "";

    /** Picks with {@code units} and {@code generic}. */
    public AssigneePicker(CheckComboBox<String> units, TextField generic) {
        this.units = units;
        this.generic = generic;
        units.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) change -> changed());
        generic.setOnAction(e -> genericChanged());
        generic.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                genericChanged();
            }
        });
    }

    /** Runs {@code callback} (on the FX thread) after the user changes the choice. */
    public void setOnChange(Runnable callback) {
        this.onChange = callback;
    }

    /** Offers the active units, plus any name in use that is no longer in the list. */
    public void setUnits(List<Unit> all) {
        filling = true;
        List<String> names = all.stream().filter(Unit::active).map(Unit::name).toList();
        units.getCheckModel().clearChecks();
        units.getItems().setAll(names);
        filling = false;
    }

    /** Shows {@code assignees}: their units ticked, the generic ones in the text field. */
    public void show(List<Assignee> assignees) {
        filling = true;
        try {
            units.getCheckModel().clearChecks();
            for (String name : AssigneeText.unitNames(assignees)) {
                String item = units.getItems().stream().filter(i -> UnitNames.sameUnit(i, name)).findFirst()
                        .orElse(null);
                if (item == null) {
                    units.getItems().add(name);
                    item = name;
                }
                units.getCheckModel().check(item);
            }
            shownGeneric = AssigneeText.genericText(assignees);
            generic.setText(shownGeneric);
        } finally {
            filling = false;
        }
    }

    /** The chosen assignees: ticked units in list order, then the generic text's pieces. */
    public List<Assignee> value() {
        List<String> checked = new ArrayList<>(units.getItems().stream()
                .filter(units.getCheckModel().getCheckedItems()::contains).toList());
        return AssigneeText.combine(checked, generic.getText());
    }

    private void genericChanged() {
        String now = generic.getText() == null ? "" : generic.getText();
        if (!now.equals(shownGeneric)) {
            shownGeneric = now;
            changed();
        }
    }

    private void changed() {
        if (!filling) {
            onChange.run();
        }
    }
}
