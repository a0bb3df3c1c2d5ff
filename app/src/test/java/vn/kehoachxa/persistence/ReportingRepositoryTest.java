package vn.kehoachxa.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ProgressStatus;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;
import vn.kehoachxa.testsupport.TestPlans;

class ReportingRepositoryTest {
    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void periodsSubmissionsProgressAndResultsRoundTrip() {
        long planId = db.inTransaction(store -> store.documents().insert(TestPlans.muongLa()));
        PlanDocument doc = db.read(store -> store.documents().load(planId));
        long unitId = doc.units().get(1).id();
        long itemId = PlanDocument.flatten(doc.taskGroups()).get(0).id();
        long indicatorId = doc.indicators().get(0).id();
        ReportingPeriod q1 = new ReportingPeriod(null, planId, PeriodKind.QUARTER, 2026, 1,
                LocalDate.of(2025, 12, 15), LocalDate.of(2026, 3, 14), LocalDate.of(2026, 3, 19),
                "Hạn trước ngày 20", LocalDateTime.of(2026, 3, 19, 9, 30), "Sở Y tế");

        long submissionId = db.inTransaction(store -> {
            ReportingPeriod p = store.reporting().insertPeriod(q1);
            UnitSubmission s = store.reporting().insertSubmission(new UnitSubmission(null, p.id(), unitId, 1,
                    LocalDate.of(2026, 3, 17), SubmissionSource.FORM_FILE, "TramYTe-Q1.xlsx", "ab12", null));
            store.reporting().insertProgress(new TaskProgress(null, s.id(), itemId, ProgressStatus.IN_PROGRESS,
                    "Đã quán triệt", "Thiếu kinh phí", "Bổ sung kinh phí"));
            store.reporting().insertResult(new IndicatorResult(null, s.id(), indicatorId, new BigDecimal("96.5"),
                    null, "Số liệu quý I"));
            return s.id();
        });

        List<ReportingPeriod> periods = db.read(store -> store.reporting().periods(planId));
        assertThat(periods).singleElement().satisfies(p -> {
            assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 3, 19));
            assertThat(p.sentTo()).isEqualTo("Sở Y tế");
        });
        List<TaskProgress> progress = db.read(store -> store.reporting().progress(submissionId));
        assertThat(progress).singleElement().satisfies(p -> {
            assertThat(p.status()).isEqualTo(ProgressStatus.IN_PROGRESS);
            assertThat(p.difficulties()).isEqualTo("Thiếu kinh phí");
        });
        List<IndicatorResult> results = db.read(store -> store.reporting().results(submissionId));
        assertThat(results).singleElement().extracting(IndicatorResult::value).isEqualTo(new BigDecimal("96.5"));
    }

    @Test
    void aCorrectedFormIsANewVersionAndTheOldOneStays() {
        long planId = db.inTransaction(store -> store.documents().insert(TestPlans.muongLa()));
        long unitId = db.read(store -> store.units().all().get(0).id());
        List<UnitSubmission> subs = db.inTransaction(store -> {
            ReportingPeriod p = store.reporting().insertPeriod(new ReportingPeriod(null, planId, PeriodKind.YEAR,
                    2026, 1, LocalDate.of(2025, 12, 15), LocalDate.of(2026, 12, 14), LocalDate.of(2026, 12, 18), null,
                    null, null));
            for (int i = 0; i < 2; i++) {
                store.reporting().insertSubmission(new UnitSubmission(null, p.id(), unitId, 1,
                        LocalDate.of(2026, 12, 10 + i), SubmissionSource.MANUAL, null, null, null));
            }
            return store.reporting().submissions(p.id());
        });

        assertThat(subs).extracting(UnitSubmission::version).containsExactly(1, 2);
    }

    @Test
    void aPeriodWhoseCutOffEndsBeforeItStartsIsRefusedByTheDatabase() {
        long planId = db.inTransaction(store -> store.documents().insert(TestPlans.muongLa()));

        assertThatThrownBy(() -> db.inTransaction(store -> {
            store.reporting().insertPeriod(new ReportingPeriod(null, planId, PeriodKind.QUARTER, 2026, 2,
                    LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 19), null, null,
                    null));
            // a second Q2 of the same year breaks the unique key, and the first insert must roll back too
            return store.reporting().insertPeriod(new ReportingPeriod(null, planId, PeriodKind.QUARTER, 2026, 2,
                    LocalDate.of(2026, 3, 15), LocalDate.of(2026, 6, 14), LocalDate.of(2026, 6, 19), null, null,
                    null));
        })).isInstanceOf(DomainException.class);
        List<ReportingPeriod> periods = db.read(store -> store.reporting().periods(planId));
        assertThat(periods).isEmpty();
    }

    @Test
    void holidaysAreAnEditableTable() {
        db.inTransaction(store -> {
            store.reporting().saveHoliday(new Holiday(LocalDate.of(2026, 9, 2), "Quốc khánh"));
            store.reporting().saveHoliday(new Holiday(LocalDate.of(2026, 9, 1), "Nghỉ Quốc khánh"));
            store.reporting().saveHoliday(new Holiday(LocalDate.of(2026, 9, 2), "Lễ Quốc khánh"));
            store.reporting().deleteHoliday(LocalDate.of(2026, 9, 1));
            return null;
        });

        List<Holiday> holidays = db.read(store -> store.reporting().holidays());
        assertThat(holidays).containsExactly(new Holiday(LocalDate.of(2026, 9, 2), "Lễ Quốc khánh"));
    }

    @Test
    void theCommuneProfileRoundTrips() {
        CommuneProfile profile = new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La", "Ủy ban nhân dân xã Mường La",
                "Đảng ủy xã Mường La", "Mường La",
                List.of(new CommuneProfile.DefaultSigner(DocumentFamily.ADMINISTRATIVE,
                        new Signer("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn"))),
                List.of(new UpwardRecipient("Sở Y tế tỉnh Sơn La", "soyte@sonla.gov.vn")));

        db.inTransaction(store -> {
            store.commune().save(profile);
            store.commune().save(profile);
            return null;
        });

        var back = db.read(store -> store.commune().find());
        assertThat(back).contains(profile);
    }
}
