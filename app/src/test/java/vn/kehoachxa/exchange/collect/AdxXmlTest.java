package vn.kehoachxa.exchange.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.kehoachxa.domain.collect.CommuneIndicatorResult;
import vn.kehoachxa.domain.collect.CommuneResults;
import vn.kehoachxa.domain.reporting.Evaluation;

/** ket-qua.adx.xml: figures as plain decimals, words as DHIS2 writes a text value, nothing for nothing. */
class AdxXmlTest {
    @Test
    void figuresAreValuesWordsAreAnnotationsWithValueZeroAndAnUnreportedIndicatorIsLeftOut() throws Exception {
        CommuneResults results = new CommuneResults(List.of(
                new CommuneIndicatorResult("NQ72-01", "Tiêm chủng", "%", "", null, new BigDecimal("1E+3"), null,
                        Evaluation.DAT),
                new CommuneIndicatorResult("NQ72-08", "Bảo hiểm", "", "", null, null,
                        "Toàn dân <100%> & \"hơn\"\u0001", Evaluation.DAT),
                new CommuneIndicatorResult("NQ72-09", "Bác sĩ", "người", "", null, null, null,
                        Evaluation.CHUA_CO_SO_LIEU)), Map.of());

        byte[] xml = AdxXml.write("14290", "2025-12-15/P3M", Instant.parse("2026-03-18T02:30:00.123Z"), results);

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("urn:ihe:qrph:adx:2015");
        assertThat(root.getAttribute("exported")).isEqualTo("2026-03-18T02:30:00Z");
        Element group = (Element) root.getElementsByTagNameNS(AdxXml.NAMESPACE, "group").item(0);
        assertThat(group.getAttribute("orgUnit")).isEqualTo("14290");
        assertThat(group.getAttribute("period")).isEqualTo("2025-12-15/P3M");
        assertThat(group.getAttribute("dataSet")).isEqualTo("NQ72");
        NodeList values = group.getElementsByTagNameNS(AdxXml.NAMESPACE, "dataValue");
        assertThat(values.getLength()).isEqualTo(2);
        Element figure = (Element) values.item(0);
        assertThat(figure.getAttribute("dataElement")).isEqualTo("NQ72-01");
        assertThat(figure.getAttribute("value")).isEqualTo("1000");
        Element words = (Element) values.item(1);
        assertThat(words.getAttribute("dataElement")).isEqualTo("NQ72-08");
        assertThat(words.getAttribute("value")).isEqualTo("0");
        assertThat(words.getElementsByTagNameNS(AdxXml.NAMESPACE, "annotation").item(0).getTextContent())
                .isEqualTo("Toàn dân <100%> & \"hơn\" ");
    }
}
