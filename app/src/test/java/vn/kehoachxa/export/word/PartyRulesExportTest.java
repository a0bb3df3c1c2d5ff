package vn.kehoachxa.export.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.PlanTemplates;
import vn.kehoachxa.ui.plan.PlanEdits;

/**
 * The Party rules a plan is made under, from the template to the store to the .docx, and the Party recipients
 * block (commas, a note shared by several recipients).
 */
class PartyRulesExportTest {

    @TempDir
    Path dir;
    Database db;
    PlanService plans;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        plans = new PlanService(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static XWPFDocument export(PlanDocument doc) {
        return DocxReader.open(new PlanWordExporter().toBytes(doc));
    }

    private static String rules(XWPFDocument doc) {
        return doc.getProperties().getCoreProperties().getCategory();
    }

    @Test
    void aNewPartyPlanGetsThe2026RulesAndKeepsThemThroughEdits() {
        PlanDocument template = PlanTemplates.resolution72(new CommuneProfile("Mường La",
                CommuneKind.XA, "Sơn La", "Ủy ban nhân dân xã Mường La", "Đảng ủy xã Mường La", "Mường La", List.of(),
                List.of()), 2026);
        long id = plans.create(template);
        Plan party = PlanEdits.withKind(plans.load(id).plan(), DocumentFamily.PARTY,
                plans.load(id).plan().type());
        plans.update(party);
        plans.update(PlanEdits.withNumber(plans.load(id).plan(), "7"));

        PlanDocument stored = plans.load(id);
        assertThat(stored.plan().partyRules()).isEqualTo(PartyRules.HD05_2026);
        assertThat(rules(export(stored))).isEqualTo("Thể thức: Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW");
        // The plan file carries the choice to another computer.
        Path file = dir.resolve("moi" + PlanFiles.EXTENSION);
        PlanFiles.write(stored, file);
        assertThat(PlanFiles.read(file).plan().partyRules()).isEqualTo(PartyRules.HD05_2026);
    }

    @Test
    void aPlanMadeUnderHd36KeepsItsLayout() {
        // The Hà Đông programme's file predates the choice: it was made under HD 36 and stays so once stored.
        PlanDocument sample = PlanFiles.read(SampleWordExportTest.sample("ha-dong"));
        assertThat(sample.plan().partyRules()).isEqualTo(PartyRules.HD36_2018);
        long id = plans.create(sample);
        plans.update(PlanEdits.withNumber(plans.load(id).plan(), "10"));
        PlanDocument stored = plans.load(id);
        assertThat(stored.plan().partyRules()).isEqualTo(PartyRules.HD36_2018);
        XWPFDocument hd36 = export(stored);
        assertThat(rules(hd36)).isEqualTo("Thể thức: Hướng dẫn 36-HD/VPTW");

        // Switching it by hand is possible, and is all that changes: no printed difference is confirmed (0017).
        plans.update(PlanEdits.withPartyRules(stored.plan(), PartyRules.HD05_2026));
        XWPFDocument hd05 = export(plans.load(id));
        assertThat(rules(hd05)).isEqualTo("Thể thức: Quy định 399-QĐ/TW, Hướng dẫn 05-HD/VPTW");
        assertThat(DocxReader.bodyParagraphs(hd05)).isEqualTo(DocxReader.bodyParagraphs(hd36));
        assertThat(DocxReader.cellLines(hd05.getTables().get(0).getRow(0).getCell(0)))
                .isEqualTo(DocxReader.cellLines(hd36.getTables().get(0).getRow(0).getCell(0)));
    }

    @Test
    void partyRecipientsEndWithCommasAndASharedNotePrintsOnceBesideItsGroup() {
        PlanDocument sample = PlanFiles.read(SampleWordExportTest.sample("ha-dong"));
        PlanDocument doc = new PlanDocument(sample.plan(), sample.basisDocuments(), sample.sections(),
                List.of(new Recipient("Văn phòng Thành ủy", "(để báo cáo)"),
                        new Recipient("Ban Tuyên giáo và Dân vận Thành ủy", "(để báo cáo)"),
                        new Recipient("Đảng ủy Sở Y tế", null), new Recipient("Lưu Văn phòng Đảng ủy", null)),
                sample.units(), sample.indicatorGroups(), sample.targetGroups(), sample.taskGroups(),
                sample.appendices());
        XWPFTableCell left = export(doc).getTables().get(1).getRow(0).getCell(0);
        assertThat(DocxReader.cellLines(left)).containsExactly("Nơi nhận:", "- Đảng ủy Sở Y tế,",
                "- Lưu Văn phòng Đảng ủy.");
        assertThat(left.getTables()).hasSize(1);
        XWPFTable group = left.getTables().getFirst();
        assertThat(DocxReader.cellLines(group.getRow(0).getCell(0)))
                .containsExactly("- Văn phòng Thành ủy,", "- Ban Tuyên giáo và Dân vận Thành ủy,");
        assertThat(DocxReader.cellLines(group.getRow(0).getCell(1))).containsExactly("(để báo cáo)");
        // The bracket: a line on the right of the names, the note centred beside it.
        assertThat(group.getRow(0).getCell(0).getCTTc().getTcPr().getTcBorders().isSetRight()).isTrue();
        assertThat(group.getRow(0).getCell(1).getVerticalAlignment())
                .isEqualTo(XWPFTableCell.XWPFVertAlign.CENTER);
        // The group sits between "Nơi nhận:" and the next line, in reading order.
        assertThat(left.getBodyElements().get(1)).isInstanceOf(XWPFTable.class);
        assertThat(((XWPFTable) left.getBodyElements().get(1)).getText()).contains("Văn phòng Thành ủy");
    }

    @Test
    void administrativeRecipientsKeepSemicolons() {
        PlanDocument muongLa = PlanFiles.read(SampleWordExportTest.sample("muong-la"));
        List<String> lines = DocxReader.cellLines(export(muongLa).getTables().get(1).getRow(0).getCell(0));
        assertThat(lines.subList(1, lines.size() - 1)).isNotEmpty().allMatch(l -> l.endsWith(";"));
        assertThat(lines.getLast()).endsWith(".");
    }
}
