package vn.kehoachxa.export.word;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;

class PlanWordExporterTest {

    private final PlanWordExporter exporter = new PlanWordExporter();

    private XWPFDocument export(PlanDocument plan) {
        return DocxReader.open(exporter.toBytes(plan));
    }

    @Test
    void administrativeHeaderBlockHoldsIssuerNumberNationalTitleAndDate() {
        XWPFTable header = export(PlanFixtures.muongLa()).getTables().get(0);
        assertThat(DocxReader.cellLines(header.getRow(0).getCell(0)))
                .containsExactly("ỦY BAN NHÂN DÂN", "XÃ MƯỜNG LA", "Số: 12/KH-UBND");
        assertThat(DocxReader.cellLines(header.getRow(0).getCell(1))).containsExactly(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Mường La, ngày 05 tháng 01 năm 2026");
        XWPFRun issuer = header.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
        assertThat(issuer.isBold()).isTrue();
        XWPFRun date = header.getRow(0).getCell(1).getParagraphArray(3).getRuns().get(0);
        assertThat(date.isItalic()).isTrue();
        assertThat(header.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
        assertThat(header.getCTTbl().getTblPr().getTblBorders().getTop().getVal().toString()).isEqualTo("nil");
    }

    @Test
    void rulesSitUnderTheIssuerAndUnderTheMottoAsLongAsItsText() {
        XWPFTable header = export(PlanFixtures.muongLa()).getTables().get(0);
        XWPFParagraph issuerRule = header.getRow(0).getCell(0).getParagraphArray(2);
        XWPFParagraph mottoRule = header.getRow(0).getCell(1).getParagraphArray(2);
        assertThat(issuerRule.getText()).isEmpty();
        assertThat(issuerRule.getCTP().getPPr().getPBdr().isSetTop()).isTrue();
        int cell = 6100 - 216;
        int mottoWidth = cell - 2 * ((BigInteger) mottoRule.getCTP().getPPr().getInd().getLeft()).intValue();
        int textWidth = TextWidth.twips(AdministrativeLayout.MOTTO, 13, true);
        assertThat(mottoWidth).isBetween(textWidth - 2, textWidth + 2);
    }

    @Test
    void partyDraftHeaderHasStarHyphenatedNumberAndDottedBlanks() {
        XWPFTable header = export(PlanFixtures.haDong()).getTables().get(0);
        assertThat(DocxReader.cellLines(header.getRow(0).getCell(0))).containsExactly(
                "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "ĐẢNG ỦY XÃ HÀ ĐÔNG", "*", "Số       -CTr/ĐU");
        assertThat(DocxReader.cellLines(header.getRow(0).getCell(1))).containsExactly(
                "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Đông, ngày      tháng      năm 2026");
        assertThat(header.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
        assertThat(header.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0).isBold()).isTrue();
    }

    @Test
    void bodyHasEveryHeadingAndParagraphInOrderWithGeneratedNumbers() {
        assertThat(DocxReader.bodyParagraphs(export(PlanFixtures.muongLa()))).containsSubsequence(
                "KẾ HOẠCH",
                "Thực hiện Nghị quyết số 282/NQ-CP ngày 15/9/2025 của Chính phủ về một số giải pháp đột phá",
                "Thực hiện Kế hoạch số 46-KH/ĐU ngày 30/12/2025 của Đảng uỷ xã Mường La.",
                "UBND xã Mường La ban hành Kế hoạch như sau:",
                "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Mục đích", "- Tổ chức quán triệt, triển khai thực hiện nghiêm túc.",
                "2. Yêu cầu", "- Xác định rõ nhiệm vụ trọng tâm.",
                "II. MỤC TIÊU",
                "1. Mục tiêu cụ thể", "1.1. Về sức khỏe", "Nâng cao thể trạng, tầm vóc.",
                "a) Trẻ em", "+ Tăng chiều cao 1,6 cm.", "* Theo Nghị quyết 72.",
                "III. TỔ CHỨC THỰC HIỆN",
                "1. Phòng Văn hóa - Xã hội chủ trì, tham mưu.", "Tổng hợp báo cáo định kỳ.",
                "Trên đây là Kế hoạch của UBND xã Mường La./.");
    }

    @Test
    void headingsUseTheNamedStyleOfTheirLevel() {
        XWPFDocument doc = export(PlanFixtures.muongLa());
        assertThat(styleOf(doc, "I. MỤC ĐÍCH, YÊU CẦU")).isEqualTo("Heading1");
        assertThat(styleOf(doc, "1. Mục đích")).isEqualTo("Heading2");
        assertThat(styleOf(doc, "1.1. Về sức khỏe")).isEqualTo("Heading3");
        assertThat(styleOf(doc, "a) Trẻ em")).isEqualTo("Heading4");
        assertThat(styleOf(doc, "Nâng cao thể trạng, tầm vóc.")).isEqualTo(WordStyles.BODY);
        assertThat(doc.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(doc.getStyles().getStyle(WordStyles.BODY).getCTStyle().getPPr().getJc().getVal().toString())
                .isEqualTo("both");
    }

    private static String styleOf(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow()
                .getStyle();
    }

    @Test
    void blankOpeningIsBuiltFromTheBasisDocuments() {
        assertThat(DocxReader.bodyParagraphs(export(PlanFixtures.haDong()))).containsSubsequence(
                "CHƯƠNG TRÌNH",
                "Căn cứ Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị;",
                "Căn cứ Chương trình hành động số 03-CTr/TU của Ban Thường vụ Thành ủy;",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "II. TỔ CHỨC THỰC HIỆN",
                "1. Các tổ chức Đảng quán triệt, tuyên truyền.", "2. Đảng ủy Ủy ban nhân dân xã chỉ đạo.");
    }

    @Test
    void administrativeFooterListsRecipientsAndTheSignature() {
        XWPFTable footer = export(PlanFixtures.muongLa()).getTables().get(1);
        assertThat(DocxReader.cellLines(footer.getRow(0).getCell(0))).containsExactly(
                "Nơi nhận:", "- Chủ tịch, các PCT UBND xã;", "- Sở Y tế (để báo cáo);", "- Lưu: VT.");
        XWPFRun head = footer.getRow(0).getCell(0).getParagraphs().get(0).getRuns().get(0);
        assertThat(head.isBold()).isTrue();
        assertThat(head.isItalic()).isTrue();
        assertThat(head.getFontSizeAsDouble()).isEqualTo(12.0);
        assertThat(DocxReader.cellLines(footer.getRow(0).getCell(1)))
                .containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn");
        assertThat(footer.getRow(0).isCantSplitRow()).isTrue();
    }

    @Test
    void partyFooterGetsItsArchiveLineWhenTheListHasNone() {
        XWPFTable footer = export(PlanFixtures.haDong()).getTables().get(1);
        assertThat(DocxReader.cellLines(footer.getRow(0).getCell(0))).containsExactly("Nơi nhận:",
                "- Văn phòng Thành ủy (để báo cáo),", "- Các chi, đảng bộ trực thuộc Đảng ủy,",
                "- Lưu Văn phòng Đảng ủy.");
        assertThat(DocxReader.cellLines(footer.getRow(0).getCell(1)))
                .containsExactly("T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Vũ Đức Hạnh");
    }

    @Test
    void everyAppendixHasItsLabelTitleAttachmentLineAndColumns() {
        XWPFDocument doc = export(PlanFixtures.muongLa());
        List<XWPFTable> tables = doc.getTables();
        assertThat(tables).hasSize(5);
        String attached = "(Kèm theo Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 của Ủy ban nhân dân xã Mường La)";
        assertThat(DocxReader.textBefore(doc, tables.get(2), 3))
                .containsExactly("Phụ lục I", "DANH MỤC CHỈ TIÊU", attached);
        assertThat(DocxReader.textBefore(doc, tables.get(3), 3))
                .containsExactly("Phụ lục II", "PHÂN CÔNG THỰC HIỆN CÁC MỤC TIÊU", attached);
        assertThat(DocxReader.textBefore(doc, tables.get(4), 3))
                .containsExactly("Phụ lục III", "PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", attached);
        assertThat(DocxReader.rows(tables.get(2)).get(0))
                .containsExactly("TT", "Chỉ tiêu", "Đơn vị tính", "Đến năm 2030", "Ghi chú");
        assertThat(DocxReader.rows(tables.get(4)).get(0)).containsExactly(
                "STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành");
    }

    @Test
    void singleAppendixOfADraftIsPlainPhuLucWithBlanks() {
        XWPFDocument doc = export(PlanFixtures.haDong());
        assertThat(doc.getTables()).hasSize(3);
        assertThat(DocxReader.textBefore(doc, doc.getTables().get(2), 3)).containsExactly("Phụ lục",
                "DANH MỤC CHỈ TIÊU",
                "(Kèm theo Chương trình số       -CTr/ĐU ngày      tháng      năm 2026 "
                        + "của Ban Thường vụ Đảng ủy xã Hà Đông)");
        assertThat(DocxReader.rows(doc.getTables().get(2))).containsExactly(
                List.of("TT", "Chỉ tiêu", "Đơn vị tính", "Đến năm 2030", "Ghi chú"),
                List.of("1", "Độ bao phủ bảo hiểm y tế toàn dân", "%", "≥ 97",
                        "Theo Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị là 98%"),
                List.of("2", "Tuổi thọ trung bình", "năm", "> 75,5", ""),
                List.of("3", "Số bác sĩ của trạm y tế", "người", "4–6", ""));
    }

    @Test
    void matrixRowsComeInGroupsWithSubRowsAfterTheirParent() {
        List<XWPFTable> tables = export(PlanFixtures.muongLa()).getTables();
        assertThat(DocxReader.rows(tables.get(3))).containsExactly(
                List.of("STT", "Tên mục tiêu", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
                List.of("I. Nâng cao thể trạng, trí lực, tầm vóc"),
                List.of("1", "Tăng chiều cao trung bình của trẻ em đạt tối thiểu 1,6 cm.", "Trạm Y tế xã",
                        "Các cơ quan, đơn vị; Trưởng các bản, tiểu khu", "Đến tháng 9/2030"),
                List.of("2", "Tuổi thọ trung bình đạt 75 tuổi", "Trạm Y tế xã",
                        "Các cơ quan, đơn vị; Trưởng các bản, tiểu khu", "Đến tháng 9/2030"),
                List.of("II. Giảm gánh nặng bệnh tật"),
                List.of("3", "Tỷ lệ tiêm chủng đạt trên 95%.", "Trạm Y tế xã",
                        "Các cơ quan, đơn vị; Trưởng các bản, tiểu khu", "Từ năm 2026"));
        List<List<String>> tasks = DocxReader.rows(tables.get(4));
        assertThat(tasks.stream().map(r -> r.get(0)).toList()).containsExactly(
                "STT", "1. Đổi mới mạnh mẽ tư duy", "1", "2", "VI. Đẩy mạnh phát triển y tế tư nhân", "1", "1.1",
                "1.2");
        assertThat(tasks.get(5).get(2)).isEqualTo("Phòng Văn hoá - Xã hội; Trạm Y tế");
        assertThat(tasks.get(3).get(4)).isEqualTo("Hằng năm");
        assertThat(tasks.get(7).get(4)).isEqualTo("Quý I/2026");
    }

    @Test
    void appendixTablesRepeatTheirHeaderNeverSplitRowsAndSpanGroupRows() {
        XWPFTable table = export(PlanFixtures.muongLa()).getTables().get(3);
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getRow(1).isRepeatHeader()).isFalse();
        // Group headings stay whole and with the next row; long data rows may run on over a page break.
        assertThat(table.getRow(1).isCantSplitRow()).isTrue();
        assertThat(table.getRow(1).getCell(0).getParagraphs().getFirst().getCTP().getPPr().isSetKeepNext()).isTrue();
        assertThat(table.getRow(2).isCantSplitRow()).isFalse();
        var group = table.getRow(1).getCell(0);
        assertThat(group.getCTTc().getTcPr().getGridSpan().getVal().intValue()).isEqualTo(5);
        assertThat(group.getParagraphs().get(0).getRuns()).allMatch(XWPFRun::isBold);
        int total = table.getCTTbl().getTblGrid().getGridColList().stream()
                .mapToInt(c -> ((BigInteger) c.getW()).intValue()).sum();
        assertThat(total).isEqualTo(PageSetup.LANDSCAPE_TEXT_WIDTH);
        assertThat(table.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
    }

    @Test
    void bodyIsPortraitAndEachAppendixALandscapeSectionNumberedOnItsOwn() {
        List<CTSectPr> sections = DocxReader.sections(export(PlanFixtures.muongLa()));
        assertThat(sections).hasSize(4);
        assertThat(landscape(sections.get(0))).isFalse();
        assertThat(sections.get(0).isSetPgNumType()).isFalse();
        for (CTSectPr s : sections.subList(1, 4)) {
            assertThat(landscape(s)).isTrue();
            assertThat(s.getPgNumType().getStart()).isEqualTo(BigInteger.ONE);
        }
        for (CTSectPr s : sections) {
            assertThat(s.isSetTitlePg()).isTrue();
            assertThat(s.getHeaderReferenceList()).hasSize(2);
            assertThat(((BigInteger) s.getPgMar().getTop()).intValue()).isEqualTo(Docx.mm(20));
            assertThat(((BigInteger) s.getPgMar().getBottom()).intValue()).isEqualTo(Docx.mm(20));
            // Portrait pages keep the 30 mm binding edge; a turned landscape appendix has 20 mm on its left.
            boolean landscape = ((BigInteger) s.getPgSz().getW()).intValue()
                    > ((BigInteger) s.getPgSz().getH()).intValue();
            assertThat(((BigInteger) s.getPgMar().getLeft()).intValue()).isEqualTo(Docx.mm(landscape ? 20 : 30));
            assertThat(((BigInteger) s.getPgMar().getRight()).intValue()).isEqualTo(Docx.mm(15));
        }
    }

    @Test
    void planWithoutAppendicesIsOnePortraitSection() {
        PlanDocument plain = PlanFixtures.haDong();
        plain = new PlanDocument(plain.plan(), plain.basisDocuments(), plain.sections(), plain.recipients(),
                plain.units(), List.of(), List.of(), List.of());
        List<CTSectPr> sections = DocxReader.sections(export(plain));
        assertThat(sections).hasSize(1);
        assertThat(landscape(sections.get(0))).isFalse();
        assertThat(((BigInteger) sections.get(0).getPgSz().getW()).intValue()).isEqualTo(PageSetup.A4_SHORT);
    }

    private static boolean landscape(CTSectPr s) {
        return s.getPgSz().getOrient() == STPageOrientation.LANDSCAPE
                && ((BigInteger) s.getPgSz().getW()).intValue() == PageSetup.A4_LONG;
    }

    @Test
    void pageNumberIsAFieldInTheHeaderAndTheFirstPageHeaderIsEmpty() {
        XWPFDocument doc = export(PlanFixtures.muongLa());
        var policy = doc.getHeaderFooterPolicy();
        assertThat(policy.getFirstPageHeader().getText()).isBlank();
        assertThat(policy.getDefaultHeader().getParagraphs().get(0).getCTP().getFldSimpleList())
                .singleElement().satisfies(f -> assertThat(f.getInstr()).isEqualTo("PAGE"));
    }

    @Test
    void everyFontIsTimesNewRomanInBlack() throws Exception {
        XWPFDocument doc = export(PlanFixtures.muongLa());
        var fonts = doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
        assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
                .containsOnly("Times New Roman");
        assertThat(doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getColorArray(0).xgetVal().getStringValue())
                .isEqualTo("000000");
        assertThat(allRuns(doc)).allSatisfy(r -> {
            assertThat(r.getFontFamily()).isIn(null, "Times New Roman");
            assertThat(r.getColor()).isIn(null, "000000");
        });
    }

    @Test
    void vietnameseTextIsWrittenInComposedForm() {
        PlanDocument source = PlanFixtures.muongLa();
        Plan p = source.plan();
        String decomposed = Normalizer.normalize("Kế hoạch thực hiện Nghị quyết", Normalizer.Form.NFD);
        Plan nfd = new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                decomposed, p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(),
                p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(),
                p.reportingRule());
        XWPFDocument doc = export(new PlanDocument(nfd, source.basisDocuments(), source.sections(),
                source.recipients(), source.units(), source.indicatorGroups(), source.targetGroups(),
                source.taskGroups()));
        assertThat(DocxReader.bodyParagraphs(doc)).contains("Kế hoạch thực hiện Nghị quyết");
        assertThat(allRuns(doc)).allSatisfy(r -> {
            String t = r.text();
            assertThat(Normalizer.isNormalized(t, Normalizer.Form.NFC)).as(t).isTrue();
        });
    }

    private static List<XWPFRun> allRuns(XWPFDocument doc) {
        Stream<XWPFParagraph> body = doc.getParagraphs().stream();
        Stream<XWPFParagraph> cells = doc.getTables().stream().flatMap(t -> t.getRows().stream())
                .flatMap(r -> r.getTableCells().stream()).flatMap(c -> c.getParagraphs().stream());
        return Stream.concat(body, cells).flatMap(p -> p.getRuns().stream()).toList();
    }

    @Test
    void exportWritesTheFileAndLeavesNoTemporaryFileBehind(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("ke-hoach.docx");
        Files.writeString(target, "old");
        exporter.export(PlanFixtures.muongLa(), target);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(target))) {
            assertThat(doc.getTables()).hasSize(5);
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void targetThatCannotBeReplacedGivesAMessageNamingItAndKeepsWhatWasThere(@TempDir Path dir) throws Exception {
        // A folder in the file's place cannot be replaced, as a file open in Word cannot.
        Path target = dir.resolve("ke-hoach.docx");
        Files.createDirectory(target);
        Files.writeString(target.resolve("giu-nguyen.txt"), "x");
        assertThatThrownBy(() -> exporter.export(PlanFixtures.muongLa(), target))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("ke-hoach.docx")
                .hasMessageContaining("đóng tệp");
        assertThat(target.resolve("giu-nguyen.txt")).hasContent("x");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void missingFolderGivesAMessageNamingIt(@TempDir Path dir) {
        Path target = dir.resolve("khong-co").resolve("ke-hoach.docx");
        assertThatThrownBy(() -> exporter.export(PlanFixtures.muongLa(), target))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("khong-co");
    }
}
