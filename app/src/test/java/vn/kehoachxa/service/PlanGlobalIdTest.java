package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.PlanIdentity;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.export.DocumentIdentity;
import vn.kehoachxa.persistence.Database;

/**
 * A plan's global id and its commune's code (decision 0037): given when the plan is stored, written in the plan file
 * and in the Word and Excel document properties, kept when the file is imported into another database.
 */
class PlanGlobalIdTest {
    @TempDir
    Path dir;

    private static CommuneProfile muongLa(String code) {
        return new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La", "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null,
                "Mường La", List.of(), List.of(), code);
    }

    @Test
    void anExportedPlanKeepsItsGlobalIdAndCommuneCodeInAFreshDatabase() throws Exception {
        Path file = dir.resolve("muong-la.kehoach.json");
        String globalId;
        try (Database office = Database.open(dir.resolve("office"))) {
            new CommuneService(office).save(muongLa("14155"));
            long id = new PlanService(office).create(PlanFiles.readBundledSample("muong-la"));
            globalId = new PlanService(office).load(id).plan().identity().globalId();
            assertThat(globalId).matches("[0-9a-f-]{36}");
            new PlanExportService(office).toPlanFile(id, file);
        }
        String text = Files.readString(file);
        assertThat(text).contains("\"globalId\": \"" + globalId + "\"").contains("\"communeCode\": \"14155\"")
                .contains("\"province\": \"Sơn La\"");

        try (Database province = Database.open(dir.resolve("province"))) {
            PlanImportService imports = new PlanImportService(province);
            long id = imports.importFile(file, ClashPolicy.REFUSE);
            PlanIdentity identity = new PlanService(province).load(id).plan().identity();
            assertThat(identity).isEqualTo(new PlanIdentity(globalId, "14155", "Sơn La", false));

            // The same plan again is recognised by its id; as a new draft it is another plan with its own id.
            assertThatThrownBy(() -> imports.importFile(file, ClashPolicy.REFUSE)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("cùng mã định danh " + globalId).hasMessageContaining("nội dung giống hệt");
            // Edited since: still the same plan by its id, and the official is told its content differs.
            new PlanService(province).updateBasisDocuments(id, List.of("Nghị quyết số 72-NQ/TW"));
            assertThatThrownBy(() -> imports.importFile(file, ClashPolicy.REFUSE)).isInstanceOf(DomainException.class)
                    .hasMessageContaining("cùng mã định danh " + globalId + ") nhưng nội dung đã khác");
            long draft = imports.importFile(file, ClashPolicy.AS_NEW);
            assertThat(new PlanService(province).load(draft).plan().identity().globalId())
                    .isNotNull().isNotEqualTo(globalId);
            long replaced = imports.importFile(file, ClashPolicy.REPLACE);
            assertThat(new PlanService(province).load(replaced).plan().identity().globalId()).isEqualTo(globalId);
        }
    }

    @Test
    void aCopyIsAnotherPlanWithItsOwnGlobalId() {
        try (Database db = Database.open(dir.resolve("data"))) {
            PlanService plans = new PlanService(db);
            long id = plans.create(PlanFiles.readBundledSample("hai-duong"));
            long copy = plans.copy(id, false);
            assertThat(plans.load(copy).plan().identity().globalId())
                    .isNotEqualTo(plans.load(id).plan().identity().globalId());
        }
    }

    @Test
    void wordAndExcelCarryTheIdentityInTheirPropertiesNotInTheirText() throws Exception {
        Path docx = dir.resolve("ke-hoach.docx");
        Path xlsx = dir.resolve("phu-luc.xlsx");
        String globalId;
        try (Database db = Database.open(dir.resolve("data"))) {
            new CommuneService(db).save(muongLa("14155"));
            long id = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
            globalId = new PlanService(db).load(id).plan().identity().globalId();
            new PlanExportService(db).toWord(id, docx);
            new PlanExportService(db).toExcel(id, xlsx);
        }
        try (InputStream in = Files.newInputStream(docx); XWPFDocument word = new XWPFDocument(in)) {
            POIXMLProperties.CustomProperties custom = word.getProperties().getCustomProperties();
            assertThat(custom.getProperty(DocumentIdentity.PLAN_ID).getLpwstr()).isEqualTo(globalId);
            assertThat(custom.getProperty(DocumentIdentity.COMMUNE_CODE).getLpwstr()).isEqualTo("14155");
            assertThat(custom.getProperty(DocumentIdentity.PROVINCE).getLpwstr()).isEqualTo("Sơn La");
            String printed = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word).getText();
            assertThat(printed).doesNotContain(globalId).doesNotContain("14155");
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            POIXMLProperties.CustomProperties custom = book.getProperties().getCustomProperties();
            assertThat(custom.getProperty(DocumentIdentity.PLAN_ID).getLpwstr()).isEqualTo(globalId);
            assertThat(custom.getProperty(DocumentIdentity.COMMUNE_CODE).getLpwstr()).isEqualTo("14155");
        }
    }

    @Test
    void theProfileRefusesACodeThatIsNotFiveDigitsNamingTheField() {
        try (Database db = Database.open(dir.resolve("data"))) {
            CommuneService commune = new CommuneService(db);
            for (String bad : List.of("1415", "141550", "14a55", "１４１５５")) {
                assertThatThrownBy(() -> commune.save(muongLa(bad))).isInstanceOf(DomainException.class)
                        .hasMessageContaining("Mã đơn vị hành chính").hasMessageContaining(bad);
            }
            assertThat(commune.profile()).isEmpty();
            commune.save(muongLa(" 14155 "));
            assertThat(commune.profile().orElseThrow().adminCode()).isEqualTo("14155");
        }
    }
}
