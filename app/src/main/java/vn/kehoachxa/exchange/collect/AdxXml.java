package vn.kehoachxa.exchange.collect;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.CommuneResults;

/**
 * Writes {@code ket-qua.adx.xml}: the commune's indicator results as ADX 1.0 (IHE QRPH, namespace
 * {@value #NAMESPACE}) for a DHIS2 server — one {@code <group>} whose {@code orgUnit} is the commune's administrative
 * code, {@code period} the period as ISO start/duration ({@code PackagePeriod.iso()}) and {@code dataSet}
 * {@value #DATA_SET}; one {@code <dataValue>} per indicator that has a result, {@code dataElement} = indicator code.
 *
 * <p>Exact rules (docs/report-package-format.md): a figure is written as {@code value} in plain decimal notation
 * ({@link java.math.BigDecimal#toPlainString()}, point as separator, no exponent). A result in words only is
 * written the way DHIS2 itself writes a non-numeric data value in ADX: {@code value="0"} with the words as the text of
 * an {@code <annotation>} child; DHIS2 reads the annotation as the value of a text data element. An indicator with
 * neither figure nor words is left out (ADX has no "not reported" value). Written with the JDK's StAX writer, UTF-8.
 */
public final class AdxXml {
    /** The ADX 1.0 namespace. */
    public static final String NAMESPACE = "urn:ihe:qrph:adx:2015";
    /** The data set code every package's group names: the Resolution 72 indicators. */
    public static final String DATA_SET = "NQ72";

    private AdxXml() {
    }

    /** The results of commune {@code orgUnit} for period {@code isoPeriod}, exported at {@code exported}. */
    public static byte[] write(String orgUnit, String isoPeriod, Instant exported, CommuneResults results) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.setDefaultNamespace(NAMESPACE);
            w.writeStartElement(NAMESPACE, "adx");
            w.writeDefaultNamespace(NAMESPACE);
            w.writeAttribute("exported", exported.truncatedTo(ChronoUnit.SECONDS).toString());
            w.writeCharacters("\n  ");
            w.writeStartElement(NAMESPACE, "group");
            w.writeAttribute("orgUnit", orgUnit);
            w.writeAttribute("period", isoPeriod);
            w.writeAttribute("dataSet", DATA_SET);
            for (CommuneIndicatorResult r : results.indicators()) {
                boolean words = r.value() == null && r.text() != null && !r.text().isBlank();
                if (r.value() == null && !words) {
                    continue;
                }
                w.writeCharacters("\n    ");
                if (words) {
                    w.writeStartElement(NAMESPACE, "dataValue");
                    w.writeAttribute("dataElement", r.code());
                    w.writeAttribute("value", "0");
                    w.writeStartElement(NAMESPACE, "annotation");
                    w.writeCharacters(xmlText(r.text()));
                    w.writeEndElement();
                    w.writeEndElement();
                } else {
                    w.writeEmptyElement(NAMESPACE, "dataValue");
                    w.writeAttribute("dataElement", r.code());
                    w.writeAttribute("value", r.value().toPlainString());
                }
            }
            w.writeCharacters("\n  ");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("ADX could not be written", e);
        }
        return bytes.toByteArray();
    }

    /** {@code text} without the control characters XML 1.0 cannot hold (a stray one pasted from Word). */
    static String xmlText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c < 0xD800
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? c : ' '));
        return out.toString();
    }
}
