package vn.kehoachxa.export.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.SectionNumbering;
import vn.kehoachxa.domain.plan.SectionNumbering.Numbered;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.exchange.planfile.PlanFiles;

/** Exports the three real sample plans and compares the .docx, read back with POI, with the plan itself. */
class SampleWordExportTest {

    static Path sample(String name) {
        Path here = Path.of("").toAbsolutePath();
        Path dir = Files.isDirectory(here.resolve("samples"))
                ? here.resolve("samples") : here.resolveSibling("samples");
        return dir.resolve(name + PlanFiles.EXTENSION);
    }

    private static XWPFDocument export(PlanDocument plan) {
        return DocxReader.open(new PlanWordExporter().toBytes(plan));
    }

    /** What the body must show, in order: type name, summary, opening, every heading and block, closing. */
    private static List<String> expectedBody(PlanDocument plan) {
        List<String> out = new ArrayList<>();
        out.add(vn.kehoachxa.domain.plan.TypeNames.printed(plan.plan()));
        out.addAll(LayoutTexts.lines(plan.plan().summary()));
        out.addAll(LayoutTexts.lines(plan.plan().openingText()));
        for (Numbered n : SectionNumbering.flatten(SectionNumbering.number(plan.sections()))) {
            List<TextBlock> blocks = n.section().blocks();
            int from = 0;
            if (LayoutTexts.blank(n.section().heading()) && !blocks.isEmpty() && !n.label().isEmpty()) {
                out.add(n.label() + " " + BodyWriter.blockText(blocks.getFirst()));
                from = 1;
            } else if (!n.headingLine().isEmpty()) {
                out.add(n.depth() == 1 ? n.headingLine().toUpperCase(LayoutTexts.VI) : n.headingLine());
            }
            blocks.subList(from, blocks.size()).forEach(b -> out.add(BodyWriter.blockText(b)));
        }
        out.addAll(LayoutTexts.lines(plan.plan().closingText()));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la"})
    void everyHeadingAndParagraphOfTheSampleIsPrintedInOrder(String name) {
        PlanDocument plan = PlanFiles.read(sample(name));
        List<String> printed = DocxReader.bodyParagraphs(export(plan));
        List<String> expected = expectedBody(plan);
        assertThat(expected).hasSizeGreaterThan(20);
        assertThat(printed).containsSubsequence(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la"})
    void headerAndFooterHoldTheSamplesIssuerNumberAndSigner(String name) {
        PlanDocument plan = PlanFiles.read(sample(name));
        XWPFDocument doc = export(plan);
        DocumentLayout layout = DocumentLayout.of(plan.plan().family());
        List<String> left = DocxReader.cellLines(doc.getTables().get(0).getRow(0).getCell(0));
        List<String> right = DocxReader.cellLines(doc.getTables().get(0).getRow(0).getCell(1));
        assertThat(left).contains(layout.numberLine(plan.plan()));
        LayoutTexts.lines(plan.plan().issuingBody()).forEach(l -> assertThat(left).contains(LayoutTexts.upper(l)));
        assertThat(right.getFirst()).isEqualTo(plan.plan().family() == DocumentFamily.PARTY
                ? PartyLayout.PARTY_NAME : AdministrativeLayout.NATIONAL_TITLE);
        assertThat(right.getLast()).startsWith(plan.plan().place() + ", ngày");
        List<String> signature = DocxReader.cellLines(doc.getTables().get(1).getRow(0).getCell(1));
        assertThat(signature.getLast()).isEqualTo(plan.plan().signer().name());
        List<String> recipients = DocxReader.cellLines(doc.getTables().get(1).getRow(0).getCell(0));
        assertThat(recipients.size()).isGreaterThanOrEqualTo(plan.recipients().size() + 1);
        assertThat(recipients.getLast()).endsWith(".");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la"})
    void eachAppendixTableHasTheSamplesRowsOnItsOwnLandscapeSection(String name) {
        PlanDocument plan = PlanFiles.read(sample(name));
        XWPFDocument doc = export(plan);
        List<Integer> dataRows = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Appendix a : plan.printedAppendices()) {
            titles.add(a.effectiveTitle());
            dataRows.add(switch (a.table()) {
                case INDICATORS -> plan.indicators().size();
                case TARGET_MATRIX -> PlanDocument.flatten(plan.targetGroups()).size();
                case TASK_MATRIX -> PlanDocument.flatten(plan.taskGroups()).size();
            });
        }
        List<XWPFTable> appendices = doc.getTables().subList(2, doc.getTables().size());
        assertThat(appendices).hasSameSizeAs(dataRows);
        for (int i = 0; i < appendices.size(); i++) {
            XWPFTable t = appendices.get(i);
            long data = t.getRows().stream().skip(1).filter(r -> r.getTableCells().size() == 5).count();
            assertThat(data).as("appendix %d of %s", i + 1, name).isEqualTo(dataRows.get(i).longValue());
            assertThat(t.getRow(0).getTableCells()).hasSize(5);
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(DocxReader.textBefore(doc, t, 3).get(1)).isEqualTo(titles.get(i));
            assertThat(DocxReader.textBefore(doc, t, 3).getFirst())
                    .isEqualTo(appendices.size() == 1 ? "Phụ lục" : "Phụ lục " + "I".repeat(i + 1));
        }
        assertThat(DocxReader.sections(doc)).hasSize(appendices.size() + 1);
    }
}
