package vn.kehoachxa.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import vn.kehoachxa.service.Workspace;

/**
 * Command lines simple enough to run without picocli's command tree (decision 0039): building the tree of every
 * subcommand, its options and texts costs more than a whole {@code list} (~0.3 CPU-s), and picocli's Java 5 class
 * files cannot go into the AOT cache. Only a command line whose meaning is certain is recognised here; anything else
 * (a typo, {@code --help}, an {@code @file}, a repeated or unknown option) goes through picocli as before, so its
 * errors and help stay picocli's. A plain {@code export} to .docx, .xlsx or a plan file is run directly too
 * (decision 0048).
 */
final class DirectCommands {
    private static final String DATA_DIR = "--data-dir";
    /** The subcommands' names: picocli takes none of them as an option's value (a test keeps this in step). */
    static final Set<String> SUBCOMMANDS = Set.of("list", "import", "export", "validate", "profile", "backup",
            "restore", "issue", "revise", "compare", "collect");

    /** The export's file options a plain export may carry. */
    private static final Set<String> EXPORT_FILES = Set.of("--to", "--docx", "--xlsx");
    /** A plan id picocli and {@code Long.parseLong} read alike: no sign, no leading zero, no overflow. */
    private static final Pattern PLAN_ID = Pattern.compile("[1-9][0-9]{0,17}");

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

    /**
     * A plain export ({@code export ID} with {@code --docx F}, {@code --xlsx F} and {@code --to F}, each at most once
     * and at least one, and at most one {@code --data-dir DIR}; values as {@code --opt V} or {@code --opt=V}), or null
     * for any other command line. The id is digits without a leading zero, which picocli reads as the same number.
     * The PDF's options and {@code --with-reports} go through picocli (decision 0048).
     */
    static Export export(String[] args) {
        String folder = null;
        String id = null;
        Map<String, String> files = new HashMap<>();
        boolean export = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            boolean known = name.equals(DATA_DIR) || export && EXPORT_FILES.contains(name);
            if (arg.equals("export") && !export) {
                export = true;
            } else if (export && id == null && PLAN_ID.matcher(arg).matches()) {
                id = arg;
            } else if (known) {
                String value = arg.contains("=") ? arg.substring(name.length() + 1)
                        : i + 1 < args.length ? args[++i] : null;
                if (value == null || !plainValue(value) || (name.equals(DATA_DIR) ? folder != null
                        : files.containsKey(name))) {
                    return null;
                }
                if (name.equals(DATA_DIR)) {
                    folder = value;
                } else {
                    files.put(name, value);
                }
            } else {
                return null;
            }
        }
        if (id == null || files.isEmpty()) {
            return null;
        }
        try {
            return new Export(folder == null ? Workspace.defaultFolder() : Path.of(folder), Long.parseLong(id),
                    new ExportCommand.Outputs(path(files.get("--to")), false, path(files.get("--docx")),
                            path(files.get("--xlsx")), null, false, false));
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A plain export's data folder, plan and files. */
    record Export(Path folder, long planId, ExportCommand.Outputs files) {
    }

    private static Path path(String value) {
        return value == null ? null : Path.of(value);
    }

    /** A value picocli takes as it is: not empty, not option-like, not an {@code @file}, not a subcommand. */
    private static boolean plainValue(String value) {
        return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@") && !SUBCOMMANDS.contains(value);
    }
}
