package vn.kehoachxa.service;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.Ids;

/**
 * Dated deadlines travel: a plan file (old, with a dated wording kept as FREE_TEXT; or new, with kind and day) is
 * imported, stored, exported and imported again, and every deadline comes back dated with its wording.
 */
class DeadlineRoundTripTest {
    /** A plan file as a version before dated wordings wrote it: the dated wordings are FREE_TEXT. */
    private static final String OLD_FILE = """
            {
              "formatVersion": 1,
              "plan": {
                "family": "ADMINISTRATIVE", "type": "KH", "symbol": "KH-UBND", "place": "Mường La",
                "communeName": "xã Mường La", "issuingBody": "UBND", "startYear": 2026, "endYear": 2030,
                "status": "DRAFT"
              },
              "units": [{"name": "Trạm Y tế xã", "kind": "HEALTH"}],
              "taskGroups": [
                {"label": "1", "title": "Đổi mới", "items": [
                  {"content": "Rà soát nhân lực trạm y tế", "leads": [{"unit": "Trạm Y tế xã"}],
                   "deadline": {"kind": "FREE_TEXT", "originalText": "Trước ngày 30/6/2027"}},
                  {"content": "Tổng kết công tác y tế", "leads": [{"unit": "Trạm Y tế xã"}],
                   "deadline": {"kind": "FREE_TEXT", "originalText": "Trước ngày 15/12 hằng năm"}},
                  {"content": "Báo cáo tiến độ", "leads": [{"unit": "Trạm Y tế xã"}],
                   "deadline": {"kind": "FREE_TEXT", "originalText": "Hằng quý, trước ngày 20 tháng cuối quý"}},
                  {"content": "Khám sàng lọc", "leads": [{"unit": "Trạm Y tế xã"}],
                   "deadline": {"kind": "FREE_TEXT", "originalText": "6 tháng đầu năm 2027"}},
                  {"content": "Tháng hành động", "leads": [{"unit": "Trạm Y tế xã"}],
                   "deadline": {"kind": "FREE_TEXT", "originalText": "Khẩn trương"}},
                  {"content": "Nâng cấp trạm", "leads": [{"unit": "Trạm Y tế xã"}],
                   "deadline": {"kind": "BY_QUARTER", "originalText": "Quý I/2026", "year": 2026, "month": 3}}
                ]}
              ]
            }
            """;

    private static final List<Deadline> EXPECTED = List.of(
            new Deadline(DeadlineKind.BY_DATE, "Trước ngày 30/6/2027", 2027, null, 6, 29),
            new Deadline(DeadlineKind.YEARLY_BY_DATE, "Trước ngày 15/12 hằng năm", null, null, 12, 14),
            new Deadline(DeadlineKind.QUARTERLY, "Hằng quý, trước ngày 20 tháng cuối quý", null, null, null, 19),
            new Deadline(DeadlineKind.BY_HALF_YEAR, "6 tháng đầu năm 2027", 2027, null, 6, null),
            Deadline.freeText("Khẩn trương"),
            new Deadline(DeadlineKind.BY_QUARTER, "Quý I/2026", 2026, null, 3, null));

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<Deadline> deadlines(PlanDocument doc) {
        return PlanDocument.flatten(doc.taskGroups()).stream().map(AssignmentItem::deadline).toList();
    }

    @Test
    void anOldFileIsReadDatedAndTheDatedDeadlinesSurviveStoreExportAndReimport() throws Exception {
        Path old = dir.resolve("cu.kehoach.json");
        Files.writeString(old, OLD_FILE, UTF_8);
        assertThat(deadlines(PlanFiles.read(old))).isEqualTo(EXPECTED);

        PlanImportService imports = new PlanImportService(db);
        PlanService plans = new PlanService(db);
        long first = imports.importFile(old, ClashPolicy.REFUSE);
        assertThat(deadlines(plans.load(first))).isEqualTo(EXPECTED);

        Path exported = dir.resolve("moi.kehoach.json");
        PlanFiles.write(plans.load(first), exported);
        String json = Files.readString(exported, UTF_8);
        assertThat(json).contains("\"kind\": \"BY_DATE\"").contains("\"day\": 29")
                .contains("\"kind\": \"YEARLY_BY_DATE\"").contains("\"kind\": \"QUARTERLY\"")
                .contains("\"kind\": \"BY_HALF_YEAR\"").contains("\"originalText\": \"Trước ngày 30/6/2027\"");

        long second = imports.importFile(exported, ClashPolicy.AS_NEW);
        assertThat(second).isNotEqualTo(first);
        assertThat(deadlines(plans.load(second))).isEqualTo(EXPECTED);
        // A new draft is another plan with its own global id (decision 0037); its content is the file's.
        assertThat(plans.load(second).plan().identity().globalId())
                .isNotEqualTo(PlanFiles.read(exported).plan().identity().globalId());
        assertThat(PlanFiles.toBytes(Ids.strip(plans.load(second))))
                .isEqualTo(PlanFiles.toBytes(Ids.strip(PlanFiles.read(exported))));
    }

    @Test
    void aDeadlineBuiltFromFieldsKeepsItsDayThroughTheDatabase() throws Exception {
        Path old = dir.resolve("cu.kehoach.json");
        Files.writeString(old, OLD_FILE, UTF_8);
        long id = new PlanImportService(db).importFile(old, ClashPolicy.REFUSE);
        PlanService plans = new PlanService(db);
        AssignmentItem row = PlanDocument.flatten(plans.load(id).taskGroups()).getFirst();
        Deadline fromFields = new Deadline(DeadlineKind.YEARLY_BY_DATE, null, 2027, 2030, 2, 29);
        new AssignmentService(db).update(row.id(), new AssignmentItem(row.id(), row.numberLabel(), row.content(),
                row.indicatorCode(), row.leads(), row.cooperating(), fromFields, row.expectedProduct(),
                row.children()));
        assertThat(PlanDocument.flatten(plans.load(id).taskGroups()).getFirst().deadline()).isEqualTo(fromFields);
    }
}
