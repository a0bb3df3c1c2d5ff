package vn.kehoachxa.export.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.IssuerLevel;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.export.excel.AppendixWorkbookExporter;

/**
 * The printed type name and the issuer's level reach the title, the "(Kèm theo …)" lines of Word and Excel and the
 * header: a provincial Party committee's "CHƯƠNG TRÌNH HÀNH ĐỘNG", a provincial People's Committee's "KẾ HOẠCH".
 */
class TypeNameAndIssuerExportTest {
    private static final String PARTY_ATTACHED = "(Kèm theo Chương trình hành động số 03-CTr/TU ngày 30 tháng 10 năm "
            + "2025 của Ban Thường vụ Tỉnh ủy Thái Nguyên)";
    private static final String PROVINCE_ATTACHED = "(Kèm theo Kế hoạch số 01/KH-UBND ngày 05 tháng 01 năm 2026 của "
            + "Ủy ban nhân dân tỉnh Sơn La)";

    /** The Party sample's content issued by the provincial Party committee as its action programme. */
    static PlanDocument provincialPartyProgramme() {
        PlanDocument d = PlanFixtures.haDong();
        Plan plan = new Plan(null, DocumentFamily.PARTY, DocumentType.CTR, "03", "CTr/TU", LocalDate.of(2025, 10, 30),
                "Thái Nguyên", d.plan().summary(), "tỉnh Thái Nguyên", null, "TỈNH ỦY THÁI NGUYÊN", "",
                null, new Signer("T/M BAN THƯỜNG VỤ", null, "BÍ THƯ", "Nguyễn Văn A"), 2026, 2030, 2045,
                PlanStatus.ISSUED, null, ReportingRule.standard(), "CHƯƠNG TRÌNH HÀNH ĐỘNG", IssuerLevel.PROVINCE,
                vn.kehoachxa.domain.plan.PartyRules.UNSTATED);
        return new PlanDocument(plan, d.basisDocuments(), d.sections(), d.recipients(), d.units(),
                d.indicatorGroups(), d.targetGroups(), d.taskGroups());
    }

    /** The Mường La content issued by the provincial People's Committee. */
    static PlanDocument provincialPlan() {
        PlanDocument d = PlanFixtures.muongLa();
        Plan p = d.plan();
        Plan plan = new Plan(null, p.family(), p.type(), "01", "KH-UBND", LocalDate.of(2026, 1, 5), "Sơn La",
                p.summary(), "tỉnh Sơn La", null, "ỦY BAN NHÂN DÂN\nTỈNH SƠN LA", p.openingText(), p.closingText(),
                p.signer(), 2026, 2030, 2045, PlanStatus.ISSUED, null, ReportingRule.standard(), null,
                IssuerLevel.PROVINCE, vn.kehoachxa.domain.plan.PartyRules.UNSTATED);
        return new PlanDocument(plan, d.basisDocuments(), d.sections(), d.recipients(), d.units(),
                d.indicatorGroups(), d.targetGroups(), d.taskGroups());
    }

    @Test
    void aProvincialPartyProgrammePrintsItsTypeNameAndTheStandingCommitteeInWord() {
        XWPFDocument doc = DocxReader.open(new PlanWordExporter().toBytes(provincialPartyProgramme()));

        List<String> header = DocxReader.cellLines(doc.getTables().getFirst().getRow(0).getCell(0));
        assertThat(header).containsExactly("TỈNH ỦY THÁI NGUYÊN", "*", "Số 03-CTr/TU");
        assertThat(DocxReader.bodyParagraphs(doc)).contains("CHƯƠNG TRÌNH HÀNH ĐỘNG").doesNotContain("CHƯƠNG TRÌNH");
        XWPFTable appendix = doc.getTables().getLast();
        assertThat(DocxReader.textBefore(doc, appendix, 3)).containsExactly("Phụ lục", "DANH MỤC CHỈ TIÊU",
                PARTY_ATTACHED);
    }

    @Test
    void aProvincialPartyProgrammePrintsTheSameAttachedLineInExcel() throws Exception {
        try (XSSFWorkbook wb = new AppendixWorkbookExporter().toWorkbook(provincialPartyProgramme())) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo(PARTY_ATTACHED);
        }
    }

    @Test
    void aProvincialPeoplesCommitteeIsNamedInSentenceCaseInWordAndExcel() throws Exception {
        XWPFDocument doc = DocxReader.open(new PlanWordExporter().toBytes(provincialPlan()));
        assertThat(DocxReader.cellLines(doc.getTables().getFirst().getRow(0).getCell(0)))
                .startsWith("ỦY BAN NHÂN DÂN", "TỈNH SƠN LA");
        assertThat(DocxReader.bodyParagraphs(doc)).contains("KẾ HOẠCH", PROVINCE_ATTACHED);
        try (XSSFWorkbook wb = new AppendixWorkbookExporter().toWorkbook(provincialPlan())) {
            assertThat(wb.getSheetAt(0).getRow(2).getCell(0).getStringCellValue()).isEqualTo(PROVINCE_ATTACHED);
        }
    }
}
