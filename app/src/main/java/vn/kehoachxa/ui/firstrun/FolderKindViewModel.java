package vn.kehoachxa.ui.firstrun;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.kehoachxa.domain.collect.DataFolderKind;

/**
 * The folder-kind choice's state: what this computer is for (a commune's office unless the official says otherwise,
 * because most installs are communes') and whether the choice was already confirmed. Changed only on the FX thread.
 */
public final class FolderKindViewModel {
    private final ObjectProperty<DataFolderKind> chosen =
            new SimpleObjectProperty<>(this, "chosen", DataFolderKind.COMMUNE);
    private final BooleanProperty confirmed = new SimpleBooleanProperty(this, "confirmed");

    /** {@link DataFolderKind#COMMUNE} or {@link DataFolderKind#COLLECTOR_EMBEDDED}. */
    public ObjectProperty<DataFolderKind> chosenProperty() {
        return chosen;
    }

    /** True once the official pressed Tiếp tục: the folder is being opened, a second press does nothing. */
    public ReadOnlyBooleanProperty confirmedProperty() {
        return confirmed;
    }

    /** The official confirmed the choice: the kind to open, or null when it was confirmed already. */
    DataFolderKind confirm() {
        if (confirmed.get()) {
            return null;
        }
        confirmed.set(true);
        return chosen.get() == DataFolderKind.COMMUNE ? DataFolderKind.COMMUNE : DataFolderKind.COLLECTOR_EMBEDDED;
    }
}
