package vn.kehoachxa.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;
import vn.kehoachxa.service.Workspace;

/**
 * Command lines simple enough to run without picocli's command tree (decision 0039): building the tree of every
 * subcommand, its options and texts costs more than a whole {@code list} (~0.3 CPU-s), and picocli's Java 5 class
 * files cannot go into the AOT cache. Only a command line whose meaning is certain is recognised here; anything else
 * (a typo, {@code --help}, an {@code @file}, a repeated or unknown option) goes through picocli as before, so its
 * errors and help stay picocli's.
 */
final class DirectCommands {
    private static final String DATA_DIR = "--data-dir";
    /** The subcommands' names: picocli takes none of them as an option's value (a test keeps this in step). */
    static final Set<String> SUBCOMMANDS = Set.of("list", "import", "export", "validate", "profile", "backup",
            "restore", "issue", "revise", "compare", "collect");

    private DirectCommands() {
    }

    /**
     * The data folder of a plain {@code list}: exactly {@code list}, with or without one {@code --data-dir DIR} (or
     * {@code --data-dir=DIR}) before or after it; null for any other command line.
     */
    static Path listFolder(String[] args) {
        String folder = null;
        boolean list = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("list") && !list) {
                list = true;
            } else if (arg.equals(DATA_DIR) && folder == null && i + 1 < args.length && plainValue(args[i + 1])) {
                folder = args[++i];
            } else if (arg.startsWith(DATA_DIR + "=") && folder == null
                    && plainValue(arg.substring(DATA_DIR.length() + 1))) {
                folder = arg.substring(DATA_DIR.length() + 1);
            } else {
                return null;
            }
        }
        if (!list) {
            return null;
        }
        try {
            return folder == null ? Workspace.defaultFolder() : Path.of(folder);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A value picocli takes as it is: not empty, not option-like, not an {@code @file}, not a subcommand. */
    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@") && !SUBCOMMANDS.contains(value);
    }
}
