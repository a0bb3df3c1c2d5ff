package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.testsupport.CollectorFixtures;

/**
 * A period's summary costs the same number of SQL statements for 10 communes as for 100 (no query per commune), counted
 * by H2's own query statistics — so this one test is H2's; the statements it counts are the same plain jOOQ on
 * PostgreSQL. Counted, never timed, so it holds on a loaded machine.
 */
class ProvinceViewCostTest {
    @TempDir
    Path dir;

    @Test
    void aSummaryRunsTheSameStatementsWhateverTheNumberOfCommunes() throws Exception {
        long small = statementsOfASummary(dir.resolve("small"), 10);
        long large = statementsOfASummary(dir.resolve("large"), 100);

        assertThat(small).as("statements of one summary: communes, due date, packages, indicators, tasks").isEqualTo(5L);
        assertThat(large).as("100 communes against 10").isEqualTo(small);
    }

    private static long statementsOfASummary(Path folder, int communes) throws Exception {
        try (CollectorDatabase db = CollectorDatabase.openEmbedded(folder)) {
            CollectorFixtures.communes(db, "Sơn La", communes);
            for (int n = 1; n <= communes; n += 2) {
                CollectorFixtures.pkg(n, PeriodKind.QUARTER, 2026, 1, Instant.parse("2026-04-01T02:00:00Z"))
                        .indicator("NQ72-01", "Số bác sĩ", "bác sĩ", "2", null, Evaluation.DAT)
                        .indicator("NQ72-02", "Tỷ lệ bao phủ bảo hiểm y tế", "%", "90", null, Evaluation.DAT)
                        .tasks(TaskStatus.HOAN_THANH_DUNG_HAN, 3).insert(db);
            }
            ProvinceViewService view = new ProvinceViewService(db, Clock.fixed(Instant.parse("2026-05-01T00:00:00Z"),
                    ZoneId.of("Asia/Ho_Chi_Minh")));
            CollectorStatements.Counted<ProvincePeriodSummary> counted = CollectorStatements.count(db,
                    () -> view.summary(PeriodKind.QUARTER, 2026, 1));
            ProvincePeriodSummary summary = counted.value();
            assertThat(summary.count(ReceiptState.MISSING)).isEqualTo(communes / 2);
            assertThat(summary.indicators().getFirst().total()).isEqualByComparingTo(String.valueOf(communes));
            return counted.statements();
        }
    }
}
