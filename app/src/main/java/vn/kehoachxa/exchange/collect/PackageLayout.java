package vn.kehoachxa.exchange.collect;

/**
 * The names of the machine-readable files inside an upward report package (docs/report-package-format.md). The
 * package is the folder {@code BaoCao-<period>-<commune>/}, its .zip (the same folder inside) and the .eml draft with
 * the .zip attached; the collector takes any of the three.
 */
public final class PackageLayout {
    /** The manifest: identity, period, plan, "replaces", checksums of every other file. Required. */
    public static final String MANIFEST = "manifest.json";
    /** The commune's period results (indicators with targets and judgements, task status counts). Required. */
    public static final String RESULTS = "ket-qua.json";
    /** The same indicator values as ADX 1.0 XML for DHIS2 (data element = indicator code, org unit = commune code). */
    public static final String ADX = "ket-qua.adx.xml";
    /** The plan with its reporting data ({@code .kehoach.json}): named {@code <base>.kehoach.json} in the folder. */
    public static final String PLAN_FILE_SUFFIX = ".kehoach.json";

    /** Largest single file the collector reads from a package (the commune's .docx/.pdf included). */
    public static final long MAX_FILE_BYTES = 25L * 1024 * 1024;
    /** Largest attachment or .zip the collector opens (e-mail systems cap near this). */
    public static final long MAX_ARCHIVE_BYTES = 30L * 1024 * 1024;
    /** Largest total a .zip may unpack to; more is treated as a zip bomb. */
    public static final long MAX_UNPACKED_BYTES = 100L * 1024 * 1024;
    /** Most entries a package .zip may hold. */
    public static final int MAX_ENTRIES = 64;
    /**
     * Largest .eml file the collector opens: a 30 MB attachment grows by a third in base64, plus the message's text
     * and headers. Each attachment, decoded, must still keep to {@link #MAX_ARCHIVE_BYTES}.
     */
    public static final long MAX_MAIL_BYTES = 45L * 1024 * 1024;

    private PackageLayout() {
    }
}
