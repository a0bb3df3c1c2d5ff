package vn.kehoachxa.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.fop.apps.io.ResourceResolverFactory;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * The four faces of the body font: Times New Roman from the PC's font files when all four are there (Windows, or a
 * Linux with the core fonts), otherwise Liberation Serif shipped in the jar (SIL OFL, metric-compatible with Times
 * New Roman, so lines break where Word breaks them). Looked up by file, never through the system font list.
 */
record PdfFonts(String name, List<URI> faces) {

    /** System property that forces the shipped font ({@code bundled}): tests and benchmarks compare like with like. */
    static final String PROPERTY = "kehoachxa.pdf.fonts";
    /** URI scheme of the fonts inside the jar, resolved by {@link #resolver()}. */
    static final String SCHEME = "khxfont";
    private static final String[] TIMES = {"times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"};
    private static final String[] LIBERATION = {"LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf",
        "LiberationSerif-Italic.ttf", "LiberationSerif-BoldItalic.ttf"};

    /** The fonts this PC gives: Times New Roman when found, else the shipped Liberation Serif. */
    static PdfFonts find() {
        if (!"bundled".equals(System.getProperty(PROPERTY))) {
            for (Path dir : timesFolders()) {
                List<URI> found = new ArrayList<>();
                for (String file : TIMES) {
                    Path p = dir.resolve(file);
                    if (Files.isReadable(p)) {
                        found.add(p.toUri());
                    }
                }
                if (found.size() == TIMES.length) {
                    return new PdfFonts("Times New Roman", found);
                }
            }
        }
        return bundled();
    }

    /** Liberation Serif from the jar. */
    static PdfFonts bundled() {
        List<URI> faces = new ArrayList<>();
        for (String file : LIBERATION) {
            faces.add(URI.create(SCHEME + ":" + file));
        }
        return new PdfFonts("Liberation Serif", faces);
    }

    private static List<Path> timesFolders() {
        List<Path> out = new ArrayList<>();
        String windir = System.getenv("WINDIR");
        if (windir != null) {
            out.add(Path.of(windir, "Fonts"));
        }
        out.add(Path.of("C:\\Windows\\Fonts"));
        out.add(Path.of("/usr/share/fonts/truetype/msttcorefonts"));
        out.add(Path.of("/usr/share/fonts/TTF"));
        out.add(Path.of(System.getProperty("user.home"), ".fonts"));
        return out;
    }

    /**
     * The FOP configuration: the four faces as family {@value Fo#FAMILY}, embedded as subsets. Kerning off: Word and
     * LibreOffice do not kern body text by default, and kerned lines break elsewhere.
     */
    String configuration() {
        StringBuilder b = new StringBuilder("<fop version=\"1.0\"><renderers><renderer mime=\"application/pdf\">"
                + "<fonts>");
        String[][] triplets = {{"normal", "normal"}, {"normal", "bold"}, {"italic", "normal"}, {"italic", "bold"}};
        for (int i = 0; i < faces.size(); i++) {
            b.append("<font kerning=\"no\" embedding-mode=\"subset\" embed-url=\"")
                    .append(Fo.escape(faces.get(i).toString())).append("\"><font-triplet name=\"").append(Fo.FAMILY)
                    .append("\" style=\"").append(triplets[i][0]).append("\" weight=\"").append(triplets[i][1])
                    .append("\"/></font>");
        }
        return b.append("</fonts></renderer></renderers></fop>").toString();
    }

    /** Reads {@value #SCHEME}: URIs from the jar's {@code /fonts/}, anything else as FOP would. */
    static ResourceResolver resolver() {
        ResourceResolver files = ResourceResolverFactory.createDefaultResourceResolver();
        return new ResourceResolver() {
            @Override
            public Resource getResource(URI uri) throws IOException {
                if (!SCHEME.equals(uri.getScheme())) {
                    return files.getResource(uri);
                }
                InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + uri.getSchemeSpecificPart());
                if (in == null) {
                    throw new IOException("font missing from the application: " + uri);
                }
                return new Resource(in);
            }

            @Override
            public OutputStream getOutputStream(URI uri) throws IOException {
                return files.getOutputStream(uri);
            }
        };
    }
}
