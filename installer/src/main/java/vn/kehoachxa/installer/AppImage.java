package vn.kehoachxa.installer;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where jpackage puts the launcher, its configuration, the app's jars and the bundled {@code java} in an app image,
 * which differs between Linux, Windows and macOS.
 */
record AppImage(Path root, Path launcher, Path config, Path appDir, Path java) {

    /** Finds the parts of the image {@code root} built with {@code --name name}; fails naming what is missing. */
    static AppImage find(Path root, String name) {
        Path[][] layouts = {
            // Linux
            {root.resolve("bin").resolve(name), root.resolve("lib/app"), root.resolve("lib/runtime/bin/java")},
            // Windows
            {root.resolve(name + ".exe"), root.resolve("app"), root.resolve("runtime/bin/java.exe")},
            // macOS
            {root.resolve("Contents/MacOS").resolve(name), root.resolve("Contents/app"),
                root.resolve("Contents/runtime/Contents/Home/bin/java")},
        };
        for (Path[] layout : layouts) {
            if (Files.isRegularFile(layout[0])) {
                Path config = layout[1].resolve(name + ".cfg");
                if (!Files.isRegularFile(config)) {
                    throw new IllegalStateException("no launcher configuration at " + config);
                }
                if (!Files.isRegularFile(layout[2])) {
                    throw new IllegalStateException("no java in the image's runtime at " + layout[2]
                            + " (jpackage's --jlink-options must not strip native commands: the AOT cache is"
                            + " assembled by the runtime's own java)");
                }
                return new AppImage(root, layout[0], config, layout[1], layout[2]);
            }
        }
        throw new IllegalStateException("no launcher named " + name + " in the app image " + root);
    }
}
