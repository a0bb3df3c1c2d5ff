package vn.kehoachxa.exchange.planfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.files.SafeFiles;

/**
 * Tệp kế hoạch ({@code .kehoach.json}): reads and writes one whole plan as one JSON file. Reading validates
 * everything first and throws a {@link DomainException} listing every problem with its line and JSON path; writing
 * is canonical, so read → write → read → write gives identical bytes. See {@code docs/plan-file-format.md}.
 */
public final class PlanFiles {
    /** The format version this app writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The file name ending of a plan file. */
    public static final String EXTENSION = ".kehoach.json";
    /** Where the JSON Schema of the format lies on the classpath. */
    public static final String SCHEMA_RESOURCE = "/schema/plan-file.schema.json";

    private static final List<String> SAMPLES = List.of("ha-dong", "hai-duong", "muong-la");

    private PlanFiles() {
    }

    /** Reads and validates the plan file {@code file}; reporting data in it is checked but not returned. */
    public static PlanDocument read(Path file) {
        return readContent(file).document();
    }

    /** Reads and validates the plan file {@code file} with its reporting data, if any. */
    public static PlanFileContent readContent(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > PlanFileParser.MAX_BYTES) {
                throw tooLarge(name, size);
            }
            try (InputStream in = Files.newInputStream(file)) {
                return readContent(in, name);
            }
        } catch (IOException e) {
            throw PlanFileParser.fail(Texts.get("planfile.cannotRead", name, e.getMessage()), e);
        }
    }

    /**
     * Reads and validates a plan from {@code in} (not closed here); {@code fileNameForMessages} names the source in
     * every message. Reads at most the size limit, so an endless or huge stream fails fast.
     */
    public static PlanDocument read(InputStream in, String fileNameForMessages) {
        return readContent(in, fileNameForMessages).document();
    }

    /** Like {@link #read(InputStream, String)}, with the reporting data. */
    public static PlanFileContent readContent(InputStream in, String fileNameForMessages) {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) PlanFileParser.MAX_BYTES + 1);
        } catch (IOException e) {
            throw PlanFileParser.fail(Texts.get("planfile.cannotRead", fileNameForMessages, e.getMessage()), e);
        }
        if (bytes.length > PlanFileParser.MAX_BYTES) {
            throw tooLarge(fileNameForMessages, -1);
        }
        return PlanFileReader.read(PlanFileParser.parse(bytes, fileNameForMessages));
    }

    /**
     * Writes {@code doc} to {@code file} safely ({@link SafeFiles}): a failed write leaves the old file as it was.
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, with a Vietnamese message
     */
    public static void write(PlanDocument doc, Path file) {
        write(PlanFileContent.of(doc), file);
    }

    /** Writes a plan with its reporting data, the same way. */
    public static void write(PlanFileContent content, Path file) {
        SafeFiles.write(file, toBytes(content));
    }

    /** The canonical bytes of {@code doc} as a plan file. */
    public static byte[] toBytes(PlanDocument doc) {
        return toBytes(PlanFileContent.of(doc));
    }

    /** The canonical bytes of a plan with its reporting data. */
    public static byte[] toBytes(PlanFileContent content) {
        return PlanFileWriter.toBytes(content.document(), content.reporting(), content.versions());
    }

    /** The names of the sample plans shipped in the app ({@code ha-dong}, {@code hai-duong}, {@code muong-la}). */
    public static List<String> bundledSamples() {
        return SAMPLES;
    }

    /** Reads the bundled sample {@code name} (one of {@link #bundledSamples()}) from the classpath. */
    public static PlanDocument readBundledSample(String name) {
        String resource = "/samples/" + name + EXTENSION;
        try (InputStream in = SAMPLES.contains(name) ? PlanFiles.class.getResourceAsStream(resource) : null) {
            if (in == null) {
                throw PlanFileParser.fail(Texts.get("planfile.noSample", name), null);
            }
            return read(in, name + EXTENSION);
        } catch (IOException e) {
            throw PlanFileParser.fail(Texts.get("planfile.cannotRead", resource, e.getMessage()), e);
        }
    }

    private static DomainException tooLarge(String name, long size) {
        String mb = size < 0 ? "> " + PlanFileParser.MAX_BYTES / 1024 / 1024 : String.valueOf(size / 1024 / 1024);
        return PlanFileParser.fail(Texts.get("planfile.tooLarge", name, mb,
                String.valueOf(PlanFileParser.MAX_BYTES / 1024 / 1024)), null);
    }
}
