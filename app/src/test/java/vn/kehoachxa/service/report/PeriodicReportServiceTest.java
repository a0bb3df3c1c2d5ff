package vn.kehoachxa.service.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.report.ReportTable;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PeriodicReportService;

class PeriodicReportServiceTest {
    @TempDir
    Path dir;
    FilledQuarter q;
    PeriodicReportService reports;

    @BeforeEach
    void setUp() {
        q = new FilledQuarter(dir);
        reports = new PeriodicReportService(q.db, q.clock);
    }

    @AfterEach
    void close() {
        q.db.close();
    }

    @Test
    void draftStatesEachIndicatorWithItsFigureTargetAndEvaluation() {
        String targets = reports.report(q.quarter.period().id()).text(ReportPart.TARGETS);

        assertThat(targets).contains("- Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu đạt "
                + "96,5% (chỉ tiêu đến năm 2030: > 95%): Đạt");
        assertThat(targets).contains("- Tuổi thọ trung bình đạt 74,2 tuổi (chỉ tiêu đến năm 2030: ≥ 75 tuổi): "
                + "Chưa đạt");
        assertThat(targets.lines().takeWhile(l -> !l.startsWith("Tiến độ thực hiện"))
                .filter(l -> l.startsWith("- "))).hasSize(
                new vn.kehoachxa.service.ReportingService(q.db, q.clock).results(q.quarter.period().id())
                        .indicators().size());
    }

    @Test
    void draftOpensWithThePlanAndPeriodAndCountsTheUnitsThatReported() {
        PeriodicReport draft = reports.report(q.quarter.period().id());

        assertThat(draft.saved()).isFalse();
        assertThat(draft.text(ReportPart.OPENING)).isEqualTo("Thực hiện Kế hoạch số 12/KH-UBND ngày 05/01/2026 của "
                + "UBND xã Mường La, UBND xã Mường La báo cáo kết quả thực hiện quý I năm 2026 như sau:");
        int n = q.units.size();
        assertThat(draft.text(ReportPart.LEADERSHIP)).contains("Trong quý I năm 2026, " + (n - 1) + "/" + n
                + " cơ quan, đơn vị đã gửi báo cáo kết quả thực hiện (" + (n - 2) + " đúng hạn, 1 chậm hạn).");
        assertThat(draft.text(ReportPart.CLOSING)).endsWith("quý I năm 2026 của UBND xã Mường La./.");
    }

    @Test
    void draftAttributesEveryResultTextToItsUnitUnderItsGroup() {
        PeriodicReport draft = reports.report(q.quarter.period().id());
        String tasks = draft.text(ReportPart.TASKS);
        String both = draft.text(ReportPart.TARGETS) + "\n" + tasks;

        for (Unit unit : q.units) {
            if (unit.equals(q.missing)) {
                assertThat(both).doesNotContain("(" + unit.name() + ")");
            } else {
                assertThat(both).contains("- " + unit.name() + ": Đã triển khai nội dung số ");
            }
        }
        assertThat(tasks.lines().filter(l -> l.endsWith(":") && !l.startsWith("- "))).isNotEmpty();
        assertThat(tasks).startsWith("Trong kỳ có ");
    }

    @Test
    void causesComeFromDifficultiesAndProposalsFromProposals() {
        PeriodicReport draft = reports.report(q.quarter.period().id());
        Unit first = q.units.getFirst();

        assertThat(draft.text(ReportPart.CAUSES)).contains("- " + first.name() + ": "
                + FilledQuarter.difficulty(first) + ".");
        assertThat(draft.text(ReportPart.PROPOSALS)).contains("- " + first.name() + ": "
                + FilledQuarter.proposal(first) + ".");
        assertThat(draft.text(ReportPart.WEAKNESSES)).contains("Tuổi thọ trung bình").contains("74,2 tuổi")
                .contains("Đơn vị chưa gửi báo cáo: " + q.missing.name())
                .contains(q.late.name() + " (chậm 3 ngày)");
    }

    @Test
    void editedSectionsAreKeptPerPeriodAcrossRestartsUntilRegenerated() {
        long id = q.quarter.period().id();
        PeriodicReport edited = reports.report(id).with(ReportPart.LEADERSHIP, "Đã tổ chức hội nghị triển khai.")
                .withNumberAndDate("25", LocalDate.of(2026, 3, 25));
        reports.save(edited);
        q.db.close();

        try (Database again = Database.open(dir.resolve("db"))) {
            PeriodicReportService reopened = new PeriodicReportService(again, q.clock);
            PeriodicReport loaded = reopened.report(id);
            assertThat(loaded.saved()).isTrue();
            assertThat(loaded.text(ReportPart.LEADERSHIP)).isEqualTo("Đã tổ chức hội nghị triển khai.");
            assertThat(loaded.text(ReportPart.TARGETS)).isEqualTo(edited.text(ReportPart.TARGETS));
            assertThat(loaded.number()).isEqualTo("25");

            PeriodicReport fresh = reopened.regenerate(id);
            assertThat(fresh.text(ReportPart.LEADERSHIP)).startsWith("- UBND xã Mường La đã ban hành");
            assertThat(fresh.number()).isEqualTo("25");
            assertThat(fresh.date()).isEqualTo(LocalDate.of(2026, 3, 25));
            assertThat(reopened.report(id).text(ReportPart.LEADERSHIP)).isEqualTo("Đã tổ chức hội nghị triển khai.");
        }
    }

    @Test
    void appendixTablesHoldTheFiguresTheStatusesAndTheTimeliness() {
        ReportDocument doc = reports.document(q.quarter.period().id());

        assertThat(doc.header().symbol()).isEqualTo("BC-UBND");
        assertThat(doc.addressees()).containsExactly("Sở Y tế tỉnh Sơn La", "Văn phòng UBND tỉnh Sơn La");
        ReportTable indicators = doc.tables().get(0);
        assertThat(indicators.columns()).contains("Kết quả quý I/2026", "Cùng kỳ năm trước");
        assertThat(indicators.rows()).anySatisfy(r -> assertThat(r.cells()).containsSubsequence(
                "Tỷ lệ tiêm chủng các vắc-xin trong Chương trình tiêm chủng thiết yếu", "%", "> 95 (năm 2030)",
                "96,5", "", "Đạt"));
        ReportTable units = doc.tables().get(2);
        assertThat(units.rows()).hasSize(q.units.size());
        assertThat(units.rows()).anySatisfy(r -> assertThat(r.cells()).containsExactly(
                "2", q.late.name(), "19/3/2026", "22/3/2026", "Chậm 3 ngày"));
        assertThat(units.rows().getLast().cells()).contains(q.missing.name()).last().asString()
                .startsWith("Chưa nộp");
        assertThat(doc.tables().get(1).rows()).anySatisfy(r -> assertThat(r.cells()).isNotEmpty()
                .last().asString().contains(": Đã triển khai nội dung số "));
    }
}
