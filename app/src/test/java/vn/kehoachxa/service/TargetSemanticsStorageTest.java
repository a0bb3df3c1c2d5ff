package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.RelativeChange;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.VerdictEntry;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.reporting.IndicatorEvaluation;
import vn.kehoachxa.service.reporting.PeriodOverview;

/** Baselines and meanings stored and exported; manual verdicts recorded per period with their history. */
class TargetSemanticsStorageTest {
    @TempDir
    Path dir;
    Database db;
    long planId;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        planId = new PlanService(db).create(PlanFiles.readBundledSample("muong-la"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Indicator indicator(String code) {
        return new IndicatorService(db).groups(planId).stream().flatMap(g -> g.indicators().stream())
                .filter(i -> i.code().equals(code)).findFirst().orElseThrow();
    }

    private IndicatorEvaluation evaluation(long periodId, String code) {
        return new ReportingService(db).results(periodId).indicators().stream()
                .filter(e -> e.indicator().code().equals(code)).findFirst().orElseThrow();
    }

    private long period(String name) {
        return new ReportingService(db).generatePeriods(planId).stream().filter(p -> p.name().equals(name))
                .map(PeriodOverview::period).findFirst().orElseThrow().id();
    }

    @Test
    void aTargetsMeaningAndBaselineAreStoredAndGoOutInThePlanFile() throws Exception {
        Indicator ml05 = indicator("ML-05");
        IndicatorTarget stated = ml05.targets().getFirst()
                .withRelative(RelativeChange.PERCENT, new BigDecimal("28.5"), 2025);
        List<IndicatorTarget> targets = new ArrayList<>(ml05.targets());
        targets.set(0, stated);
        new IndicatorService(db).update(ml05.id(), new Indicator(ml05.id(), ml05.code(), ml05.numberLabel(),
                ml05.name(), ml05.unitOfMeasure(), null, null, targets, ml05.note(), ml05.direction(), ml05.leads(),
                ml05.cooperating(), ml05.deadline()));

        assertThat(indicator("ML-05").targets().getFirst()).isEqualTo(stated);

        Path file = dir.resolve("ra.kehoach.json");
        new PlanExportService(db).toPlanFile(planId, file);
        IndicatorTarget read = PlanFiles.read(file).indicators().stream().filter(i -> i.code().equals("ML-05"))
                .findFirst().orElseThrow().targets().getFirst();
        assertThat(read).isEqualTo(stated);
    }

    @Test
    void aVerdictOnAQualitativeTargetIsEvaluatedAndItsHistoryKept() {
        long year2030 = period("năm 2030");
        long ml08 = indicator("ML-08").id();
        VerdictService verdicts = new ReportingService(db).verdicts();
        assertThat(evaluation(year2030, "ML-08").evaluation()).isEqualTo(Evaluation.KHONG_DANH_GIA);

        assertThat(verdicts.record(year2030, ml08, Evaluation.CHUA_DAT, "Còn 3 bản chưa đạt")).isEmpty();
        assertThat(verdicts.record(year2030, ml08, Evaluation.DAT, "Đã đủ theo BHXH tỉnh")).isPresent();

        IndicatorEvaluation e = evaluation(year2030, "ML-08");
        assertThat(e.evaluation()).isEqualTo(Evaluation.DAT);
        assertThat(e.verdict().note()).isEqualTo("Đã đủ theo BHXH tỉnh");
        assertThat(e.detail()).startsWith("Đánh giá do " + System.getProperty("user.name"))
                .endsWith(": Đã đủ theo BHXH tỉnh");
        assertThat(verdicts.history(year2030, ml08)).extracting(VerdictEntry::verdict)
                .containsExactly(Evaluation.CHUA_DAT, Evaluation.DAT);
        assertThat(verdicts.history(year2030, ml08)).allSatisfy(v -> {
            assertThat(v.recordedBy()).isEqualTo(System.getProperty("user.name"));
            assertThat(v.recordedAt()).isNotNull();
        });

        verdicts.record(year2030, ml08, null, null);
        assertThat(evaluation(year2030, "ML-08").evaluation()).isEqualTo(Evaluation.KHONG_DANH_GIA);
        assertThat(verdicts.history(year2030, ml08)).hasSize(3).last()
                .extracting(VerdictEntry::verdict).isNull();
    }

    @Test
    void theVerdictAndItsNoteAreWrittenIntoThePeriodicReport() {
        long year2030 = period("năm 2030");
        new ReportingService(db).verdicts().record(year2030, indicator("ML-08").id(), Evaluation.DAT,
                "Đã đủ theo BHXH tỉnh");

        String report = String.join("\n", new PeriodicReportService(db).regenerate(year2030).parts().values());

        assertThat(report).contains("Tỉ lệ bao phủ bảo hiểm y tế (chỉ tiêu đến năm 2030: toàn dân): Đạt: Đã đủ theo"
                + " BHXH tỉnh.");
    }

    @Test
    void aVerdictOnlyCountsInItsOwnPeriod() {
        long year2029 = period("năm 2029");
        long year2030 = period("năm 2030");
        new ReportingService(db).verdicts().record(year2030, indicator("ML-08").id(), Evaluation.VUOT, null);

        assertThat(evaluation(year2029, "ML-08").evaluation()).isEqualTo(Evaluation.KHONG_DANH_GIA);
        assertThat(evaluation(year2030, "ML-08").evaluation()).isEqualTo(Evaluation.VUOT);
    }

    @Test
    void aNumericTargetTakesNoManualVerdict() {
        long year2026 = period("năm 2026");
        VerdictService verdicts = new ReportingService(db).verdicts();
        long ml08 = indicator("ML-08").id();

        assertThatThrownBy(() -> verdicts.record(year2026, ml08, Evaluation.DAT, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("đánh giá tự động theo số liệu");
        assertThatThrownBy(() -> verdicts.record(period("năm 2030"), ml08, Evaluation.CHUA_CO_SO_LIEU, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("Đạt, Chưa đạt hoặc Vượt");
    }

    @Test
    void aRelativeTargetWithoutBaselineIsNotJudgedButSaysWhy() {
        IndicatorEvaluation e = evaluation(period("năm 2030"), "ML-05");

        assertThat(e.evaluation()).isEqualTo(Evaluation.CHUA_DU_DU_LIEU);
        assertThat(e.hint()).contains("chưa có số liệu gốc");
    }
}
