package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanReadiness;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.persistence.Database;

/**
 * A plan made from the template in December 2026 for 2027-2031 (what the old template proposed), then edited as an
 * official would: the period set to 2026-2030 and the provincial plan's number and date filled into the cited
 * document. Every place the period and the citation appear follows; nothing printed is a fill-in mark or a field.
 */
class TemplateFollowsPlanDataTest {
    private static final String PROVINCIAL_PLAN = "Kế hoạch số 45/KH-UBND ngày 20/10/2025 của UBND tỉnh Sơn La về "
            + "thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025 của Bộ Chính trị";

    @TempDir
    Path dir;

    @Test
    void changingThePeriodAndACitedDocumentChangesEveryPlaceTheyAppearInWordAndExcel() throws Exception {
        try (Database db = Database.open(dir.resolve("db"))) {
            PlanService plans = new PlanService(db);
            long id = plans.create(PlanTemplates.resolution72(profile(), 2027, 2031));
            assertThat(problems(plans.load(id))).anyMatch(p -> p.startsWith("Thông tin kế hoạch › Căn cứ 3: còn chỗ"));

            Plan p = plans.load(id).plan();
            plans.update(new Plan(p.id(), p.family(), p.type(), "12", p.symbol(), LocalDate.of(2026, 12, 15),
                    p.place(), p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(),
                    p.closingText(), p.signer(), 2026, 2030, p.visionYear(), p.status(), p.revisesPlanId(),
                    p.reportingRule()).withExtrasOf(p));
            List<String> basis = new ArrayList<>(plans.load(id).basisDocuments());
            basis.set(2, PROVINCIAL_PLAN);
            plans.updateBasisDocuments(id, basis);

            PlanExportService export = new PlanExportService(db);
            Path docx = dir.resolve("kh.docx");
            Path xlsx = dir.resolve("kh.xlsx");
            export.toWord(id, docx);
            export.toExcel(id, xlsx);
            String word = wordText(docx);
            String excel = excelText(xlsx);

            // 2027 stays where the resolution itself names it ("đến năm 2027 có ít nhất từ 4-5 bác sĩ"); 2031 was
            // only ever the old period's end.
            for (String text : List.of(word, excel)) {
                assertThat(text).doesNotContain("2031", "…", "{", "}", "[ ]");
            }
            assertThat(word).contains("Thực hiện Nghị quyết số 72-NQ/TW ngày 09/9/2025", PROVINCIAL_PLAN + ".",
                    "Căn cứ tình hình thực tế của địa phương, Ủy ban nhân dân xã Mường La ban hành Kế hoạch thực "
                            + "hiện Nghị quyết số 72-NQ/TW giai đoạn 2026-2030 như sau:",
                    "trên địa bàn xã Mường La giai đoạn 2026-2030",
                    "các chương trình, dự án khác giai đoạn 2026-2030.",
                    "GIAI ĐOẠN 2026-2030")
                    .doesNotContain("ỦY BAN NHÂN DÂN XÃ MƯỜNG LA ban hành");
            assertThat(excel).contains("GIAI ĐOẠN 2026-2030", "2026-2030");
            assertThat(problems(plans.load(id))).noneMatch(t -> t.contains("chỗ trống") || t.contains("trường \"")
                    || t.contains("nằm ngoài giai đoạn"));
        }
    }

    private static List<String> problems(vn.kehoachxa.domain.plan.PlanDocument doc) {
        return PlanReadiness.check(doc).stream().map(PlanReadiness.Problem::text).toList();
    }

    private static CommuneProfile profile() {
        return new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La", null, null, "Mường La",
                List.of(new CommuneProfile.DefaultSigner(vn.kehoachxa.domain.plan.DocumentFamily.ADMINISTRATIVE,
                        new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn"))),
                List.of());
    }

    static String wordText(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        }
    }

    static String excelText(Path file) throws Exception {
        StringBuilder out = new StringBuilder();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        out.append(cell.toString()).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }
}
