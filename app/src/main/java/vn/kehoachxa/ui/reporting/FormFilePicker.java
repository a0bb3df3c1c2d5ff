package vn.kehoachxa.ui.reporting;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;

/**
 * Where the Kỳ báo cáo screen gets unit forms and folders from: the system file choosers, or — in UI tests, which
 * cannot drive a native chooser — fixed paths set with {@link #use}.
 */
public interface FormFilePicker {
    /** The filled forms the user picked (empty: cancelled). */
    List<Path> chooseForms(Window owner);

    /** The folder to write forms into (empty: cancelled). */
    Optional<Path> chooseFolder(Window owner);

    /** The picker the screen uses now. */
    static FormFilePicker current() {
        return Holder.picker;
    }

    /** Replaces the picker (tests); {@code null} restores the system choosers. */
    static void use(FormFilePicker picker) {
        Holder.picker = picker == null ? system() : picker;
    }

    /** The system file and folder choosers. */
    static FormFilePicker system() {
        return new FormFilePicker() {
            @Override
            public List<Path> chooseForms(Window owner) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Texts.get("reportingui.chooseForms"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
                List<File> files = chooser.showOpenMultipleDialog(owner);
                return files == null ? List.of() : files.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> chooseFolder(Window owner) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(Texts.get("reportingui.chooseFolder"));
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
        };
    }

    /** Holds the picker in use. */
    final class Holder {
        private static volatile FormFilePicker picker = system();

        private Holder() {
        }
    }
}
