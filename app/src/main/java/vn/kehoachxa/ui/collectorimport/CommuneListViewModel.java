package vn.kehoachxa.ui.collectorimport;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.service.edit.EditHistory;

/**
 * The commune-list dialog's state: the province, the communes, the status line and whether undo/redo can run; its
 * edits' history ({@link EditHistory}, decision 0012). Properties change only on the FX thread.
 */
public final class CommuneListViewModel {
    private final StringProperty province = new SimpleStringProperty(this, "province", "");
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(this, "canUndo");
    private final BooleanProperty canRedo = new SimpleBooleanProperty(this, "canRedo");
    private final ObservableList<ProvinceCommune> communes = FXCollections.observableArrayList();
    private final EditHistory history = new EditHistory();

    public StringProperty provinceProperty() {
        return province;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    public ObservableList<ProvinceCommune> communes() {
        return communes;
    }

    EditHistory history() {
        return history;
    }

    /** Shows what was loaded after an edit. */
    void loaded(String provinceName, List<ProvinceCommune> list) {
        province.set(provinceName == null ? "" : provinceName);
        communes.setAll(list);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }
}
