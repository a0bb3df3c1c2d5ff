package vn.kehoachxa.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where the app asks the user for a file. Production shows the system dialog ({@link #system()}); UI tests, which
 * cannot drive a native dialog, give a fixed folder ({@link #fixedFolder(Path)}).
 */
public interface FileChooserPort {
    /** What to ask: title, filter, starting folder (may be null) and suggested name (save only, may be null). */
    record Request(String title, String filterName, String pattern, Path initialFolder, String initialName) {
    }

    /** Asks where to save; empty when the user cancels. FX thread. */
    Optional<Path> save(Window owner, Request request);

    /** Asks which file to open; empty when the user cancels. FX thread. */
    Optional<Path> open(Window owner, Request request);

    /** Asks for a folder (a USB stick to back up to); empty when the user cancels. FX thread. */
    Optional<Path> folder(Window owner, String title);

    /** The system's file dialog. */
    static FileChooserPort system() {
        return new FileChooserPort() {
            @Override
            public Optional<Path> save(Window owner, Request request) {
                return Optional.ofNullable(chooser(request).showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> open(Window owner, Request request) {
                return Optional.ofNullable(chooser(request).showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
                chooser.setTitle(title);
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }
        };
    }

    /**
     * Answers without asking: saves go to {@code folder} under the suggested name; opens pick the suggested name in
     * {@code folder}.
     */
    static FileChooserPort fixedFolder(Path folder) {
        return new FileChooserPort() {
            @Override
            public Optional<Path> save(Window owner, Request request) {
                return Optional.of(folder.resolve(request.initialName()));
            }

            @Override
            public Optional<Path> open(Window owner, Request request) {
                return Optional.ofNullable(request.initialName()).map(folder::resolve);
            }

            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.of(folder);
            }
        };
    }

    private static FileChooser chooser(Request request) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(request.title());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(request.filterName(),
                request.pattern().split(" ")));
        if (request.initialFolder() != null && request.initialFolder().toFile().isDirectory()) {
            chooser.setInitialDirectory(request.initialFolder().toFile());
        }
        if (request.initialName() != null) {
            chooser.setInitialFileName(request.initialName());
        }
        return chooser;
    }
}
