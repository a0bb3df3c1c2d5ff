package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.reporting.PeriodHistory;
import vn.kehoachxa.testsupport.CollectorFixtures;

/**
 * The province's history for the charts costs the same number of SQL statements for 10 communes and one quarter as
 * for 100 communes and four quarters (no query per commune or per period), counted by H2's query statistics as in
 * {@link ProvinceViewCostTest}; counted, never timed.
 */
class ProvinceHistoryCostTest {
    @TempDir
    Path dir;

    @Test
    void theHistoryRunsTheSameStatementsWhateverTheNumberOfCommunesAndPeriods() throws Exception {
        long small = statementsOfAHistory(dir.resolve("small"), 10, 1);
        long large = statementsOfAHistory(dir.resolve("large"), 100, 4);

        assertThat(small).as("statements of the history: communes, due dates, packages, indicators").isEqualTo(4L);
        assertThat(large).as("100 communes and 4 quarters against 10 and 1").isEqualTo(small);
    }

    private static long statementsOfAHistory(Path folder, int communes, int quarters) throws Exception {
        try (CollectorDatabase db = CollectorDatabase.openEmbedded(folder)) {
            CollectorFixtures.communes(db, "Sơn La", communes);
            for (int q = 1; q <= quarters; q++) {
                CollectorFixtures.period(db, PeriodKind.QUARTER, 2026, q, LocalDate.of(2026, 4, 15).plusMonths(3L * (q - 1)));
                for (int n = 1; n <= communes; n += 2) {
                    CollectorFixtures.pkg(n, PeriodKind.QUARTER, 2026, q,
                                    LocalDate.of(2026, 3 * q, 20).atStartOfDay(ZoneOffset.UTC).toInstant())
                            .indicator("NQ72-01", "Số bác sĩ", "bác sĩ", "2", null, Evaluation.DAT).insert(db);
                }
            }
            ProvinceViewService view = new ProvinceViewService(db, Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"),
                    ZoneId.of("Asia/Ho_Chi_Minh")));
            CollectorStatements.Counted<List<PeriodHistory>> counted = CollectorStatements.count(db, view::history);
            List<PeriodHistory> history = counted.value();
            assertThat(history).hasSize(quarters);
            assertThat(history.getLast().results().indicators().getFirst().consolidated())
                    .isEqualByComparingTo(String.valueOf(communes));
            return counted.statements();
        }
    }
}
