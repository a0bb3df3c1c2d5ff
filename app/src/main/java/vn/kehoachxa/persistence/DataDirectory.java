package vn.kehoachxa.persistence;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the database lives by default: the user's data folder of the operating system (Windows
 * {@code %APPDATA%\KeHoachXa}, Linux {@code $XDG_DATA_HOME/kehoachxa} or {@code ~/.local/share/kehoachxa}, macOS
 * {@code ~/Library/Application Support/KeHoachXa}).
 */
public final class DataDirectory {
    /**
     * The folder inside a data folder that holds the copies of signed originals (decision 0030). It is part of the
     * office's data: every backup carries it and a restore puts back what is missing.
     */
    public static final String SIGNED_ORIGINALS = "ban-ky-so";

    private DataDirectory() {
    }

    /** {@code --data-dir DIR} or {@code --data-dir=DIR} among the arguments, else the user's data folder. */
    public static Path fromArguments(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (arg.startsWith("--data-dir=")) {
                return Path.of(arg.substring("--data-dir=".length()));
            }
        }
        return defaultLocation();
    }

    /** The default data folder on this machine. */
    public static Path defaultLocation() {
        return defaultLocation(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home"));
    }

    /** The default data folder for the given OS name, environment and home folder (testable form). */
    static Path defaultLocation(String osName, Map<String, String> env, String userHome) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                    : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("KeHoachXa");
        }
        if (os.contains("mac")) {
            return Path.of(userHome, "Library", "Application Support", "KeHoachXa");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("kehoachxa");
    }
}
