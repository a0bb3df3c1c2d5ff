package vn.kehoachxa.ui.common;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.files.SafeFiles;

/**
 * The user's UI preferences (text size, theme, default folders), in {@code ui.properties} beside the database so that
 * they travel with the data folder. A broken file is ignored: preferences are never worth refusing to start.
 */
public final class AppSettings {
    /** The file name inside the data folder. */
    public static final String FILE_NAME = "ui.properties";
    private static final Logger LOG = LoggerFactory.getLogger(AppSettings.class);
    private static final String TEXT_SIZE = "ui.textSize";
    private static final String THEME = "ui.theme";
    private static final String IMPORT_FOLDER = "folders.import";
    private static final String EXPORT_FOLDER = "folders.export";
    private static final String LAST_PLAN = "plan.last";
    private static final String TONE_STYLE = "text.toneStyle";
    private static final String TONE_EXCLUDED = "text.toneExcluded";

    private final Path file;
    private final Properties values = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    /** Reads the settings of data folder {@code dataDir} (defaults when there are none yet). */
    public static AppSettings load(Path dataDir) {
        AppSettings settings = new AppSettings(dataDir.resolve(FILE_NAME));
        if (Files.isRegularFile(settings.file)) {
            try (Reader in = Files.newBufferedReader(settings.file, StandardCharsets.UTF_8)) {
                settings.values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Ignoring unreadable settings file {}", settings.file, e);
            }
        }
        return settings;
    }

    /** The UI text size. */
    public TextSize textSize() {
        try {
            return TextSize.valueOf(values.getProperty(TEXT_SIZE, TextSize.NORMAL.name()));
        } catch (IllegalArgumentException e) {
            return TextSize.NORMAL;
        }
    }

    /** Sets the UI text size. */
    public void setTextSize(TextSize size) {
        values.setProperty(TEXT_SIZE, size.name());
    }

    /** The colour theme; the standard one when none (or an unknown one) is stored. */
    public Theme theme() {
        try {
            return Theme.valueOf(values.getProperty(THEME, Theme.STANDARD.name()));
        } catch (IllegalArgumentException e) {
            return Theme.STANDARD;
        }
    }

    /** Sets the colour theme. */
    public void setTheme(Theme theme) {
        values.setProperty(THEME, theme.name());
    }

    /** Where file choosers open for import, if set. */
    public Optional<Path> importFolder() {
        return path(IMPORT_FOLDER);
    }

    /** Sets (null: clears) where file choosers open for import. */
    public void setImportFolder(Path folder) {
        setPath(IMPORT_FOLDER, folder);
    }

    /** Where exports are saved by default, if set. */
    public Optional<Path> exportFolder() {
        return path(EXPORT_FOLDER);
    }

    /** Sets (null: clears) where exports are saved by default. */
    public void setExportFolder(Path folder) {
        setPath(EXPORT_FOLDER, folder);
    }

    /** The plan open when the app was last closed. */
    public Optional<Long> lastPlanId() {
        try {
            return Optional.ofNullable(values.getProperty(LAST_PLAN)).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Remembers the plan that is open. */
    public void setLastPlanId(Long planId) {
        if (planId == null) {
            values.remove(LAST_PLAN);
        } else {
            values.setProperty(LAST_PLAN, planId.toString());
        }
    }

    /**
     * Writes the settings safely ({@link SafeFiles}), so a crash never leaves half a file.
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, with a Vietnamese message
     */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            // SafeFiles names the missing folder below.
            LOG.debug("Cannot create the settings folder {}", file.getParent(), e);
        }
        SafeFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            values.store(writer, "Kế hoạch Xã");
            writer.flush();
        });
    }

    /** The office's choice of where tone marks sit on oa, oe, uy (Thống nhất cách bỏ dấu); empty: as plans use most. */
    public Optional<vn.kehoachxa.domain.text.ToneStyle> toneStyle() {
        try {
            return Optional.ofNullable(values.getProperty(TONE_STYLE))
                    .map(vn.kehoachxa.domain.text.ToneStyle::valueOf);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Remembers the office's choice; null forgets it. */
    public void setToneStyle(vn.kehoachxa.domain.text.ToneStyle style) {
        if (style == null) {
            values.remove(TONE_STYLE);
        } else {
            values.setProperty(TONE_STYLE, style.name());
        }
    }

    /** Words, as written, that the accent check leaves alone (proper names). */
    public java.util.List<String> toneExcluded() {
        String list = values.getProperty(TONE_EXCLUDED, "");
        return java.util.Arrays.stream(list.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList();
    }

    /** Remembers the words the accent check leaves alone. */
    public void setToneExcluded(java.util.List<String> words) {
        values.setProperty(TONE_EXCLUDED, String.join(", ", words));
    }

    private Optional<Path> path(String key) {
        return Optional.ofNullable(values.getProperty(key)).filter(s -> !s.isBlank()).map(Path::of);
    }

    private void setPath(String key, Path folder) {
        if (folder == null) {
            values.remove(key);
        } else {
            values.setProperty(key, folder.toString());
        }
    }
}
