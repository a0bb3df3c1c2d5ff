package vn.kehoachxa.export.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXResult;

import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Turns the FO this package writes into PDF/A-2b with Apache FOP. The factory (fonts parsed, configuration read) is
 * built once per run of the app and shared; each document gets its own user agent.
 */
final class PdfRenderer {

    /** What the PDF names as its maker (document properties). */
    static final String CREATOR = "Kế hoạch Xã";

    private static volatile FopFactory factory;

    private PdfRenderer() {
    }

    /** Renders {@code fo} to {@code out} as PDF/A-2b with the given document title. */
    static void render(String fo, String title, OutputStream out) throws IOException {
        try {
            FOUserAgent agent = factory().newFOUserAgent();
            @SuppressWarnings("unchecked")
            var options = (java.util.Map<String, Object>) agent.getRendererOptions();
            options.put("pdf-a-mode", "PDF/A-2b");
            // No title, subject, creator or language: FOP 2.10 writes them into the XMP in forms veraPDF refuses under
            // PDF/A-2b 6.6.2.3.1 (dc:title as plain text instead of a language alternative). Only the producer stays.
            Fop fop = factory().newFop(MimeConstants.MIME_PDF, agent, out);
            // Parsed to a DOM first: FOP reads its event model with the JDK's SAX parser while it renders, which a
            // transform straight from a stream would still be holding ("FWK005 parse may not be called while parsing").
            TransformerFactory.newInstance().newTransformer()
                    .transform(new DOMSource(parse(fo)), new SAXResult(fop.getDefaultHandler()));
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("PDF rendering failed: " + e.getMessage(), e);
        }
    }

    private static Document parse(String fo) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        return dbf.newDocumentBuilder().parse(new InputSource(new StringReader(fo)));
    }

    private static FopFactory factory() throws Exception {
        FopFactory f = factory;
        if (f == null) {
            synchronized (PdfRenderer.class) {
                f = factory;
                if (f == null) {
                    String config = PdfFonts.find().configuration().replace("<fop version=\"1.0\">",
                            "<fop version=\"1.0\"><use-cache>false</use-cache>");
                    f = new FopConfParser(new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)),
                            Path.of("").toUri(), PdfFonts.resolver()).getFopFactoryBuilder().build();
                    factory = f;
                }
            }
        }
        return f;
    }
}
