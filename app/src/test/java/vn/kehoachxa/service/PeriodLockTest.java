package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.reporting.PeriodEvent;
import vn.kehoachxa.domain.reporting.SubmissionSource;
import vn.kehoachxa.exchange.unitform.FormFiller;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.service.report.ReportPackage;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.FormPreview;
import vn.kehoachxa.service.reporting.ResultEntry;
import vn.kehoachxa.service.reporting.SubmissionDraft;

/** A sent period refuses every change of its figures until reopened with a reason; sending again locks it. */
class PeriodLockTest {
    static final String LOCKED = "Kỳ quý I năm 2026 đã gửi lên cấp trên ngày 30/3/2026; số liệu của kỳ đã khóa. "
            + "Muốn sửa số liệu, hãy mở lại kỳ (màn hình Báo cáo kỳ, nút \"Mở lại kỳ…\") và ghi lý do.";

    @TempDir
    Path dir;
    FilledQuarter q;
    ReportingService reporting;
    long periodId;

    @BeforeEach
    void setUp() {
        q = new FilledQuarter(dir);
        reporting = new ReportingService(q.db, q.clock);
        periodId = q.quarter.period().id();
    }

    @AfterEach
    void close() {
        q.db.close();
    }

    private void send() {
        new ReportPackageService(q.db, q.clock).confirmSent(periodId, new ReportPackage(
                dir.resolve("pkg"), dir.resolve("r.docx"), dir.resolve("r.xlsx"), List.of(), dir.resolve("r.zip"),
                dir.resolve("r.eml"), List.of("Sở Y tế tỉnh Sơn La"), "Báo cáo quý I"));
    }

    /** The missing unit's report, typed from paper: one figure of its first indicator, or one task row. */
    private SubmissionDraft paperReport(Unit unit) {
        var mine = reporting.unitAssignments(periodId, unit.id());
        List<ResultEntry> results = mine.indicators().isEmpty() ? List.of()
                : List.of(new ResultEntry(mine.indicators().getFirst().indicator().id(), BigDecimal.ONE, null, null));
        var progress = results.isEmpty() ? List.of(new vn.kehoachxa.service.reporting.ProgressEntry(
                mine.items().getFirst().item().id(), vn.kehoachxa.domain.reporting.ProgressStatus.IN_PROGRESS,
                "Đang làm", null, null)) : List.<vn.kehoachxa.service.reporting.ProgressEntry>of();
        return SubmissionDraft.byHand(periodId, unit.id(), reporting.today(), SubmissionSource.PAPER, null,
                progress, results);
    }

    private int stored() {
        return q.db.read(store -> store.reporting().submissions(periodId)).size();
    }

    @Test
    void aSentPeriodRefusesAPaperReportOrACorrectionSayingWhenItWasSentAndHowToReopen() {
        send();
        int before = stored();

        assertThat(reporting.lock(periodId).locked()).isTrue();
        assertThatThrownBy(() -> reporting.submit(paperReport(q.missing))).isInstanceOf(DomainException.class)
                .hasMessage(LOCKED);
        assertThatThrownBy(() -> reporting.submit(paperReport(q.late))).hasMessage(LOCKED);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aSentPeriodRefusesAChangedFormInThePreviewAndOnImport() throws Exception {
        UnitFormService forms = new UnitFormService(q.db, q.clock);
        Path form = forms.generate(periodId, q.late.id(), dir.resolve("forms"));
        FormFiller f = FormFiller.open(form);
        f.task(f.itemIds().getFirst(), "Hoàn thành", "Đã sửa số liệu", null, null).save();
        List<FormPreview> madeBeforeSending = forms.preview(periodId, null, List.of(form));
        assertThat(madeBeforeSending).allMatch(FormPreview::ok);
        send();
        int before = stored();

        List<FormPreview> preview = forms.preview(periodId, null, List.of(form));
        assertThat(preview.getFirst().ok()).isFalse();
        assertThat(preview.getFirst().errors()).containsExactly(LOCKED);
        // A preview shown before the sending and confirmed after it is refused when stored.
        List<FormImportResult> results = forms.importPreviewed(madeBeforeSending);
        assertThat(results.getFirst().submission()).isNull();
        assertThat(results.getFirst().errors()).contains(LOCKED);
        assertThat(results.getFirst().errors().getFirst()).contains(form.getFileName().toString());
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void reopeningNeedsAReasonIsRecordedWithWhoAndWhenAndSendingAgainLocksOnceMore() {
        send();
        assertThatThrownBy(() -> reporting.reopen(periodId, "  ")).isInstanceOf(DomainException.class)
                .hasMessageContaining("Hãy ghi lý do mở lại kỳ quý I năm 2026");
        assertThat(reporting.lock(periodId).locked()).isTrue();

        reporting.reopen(periodId, "Trạm Y tế gửi lại tỷ lệ tiêm chủng đã sửa");

        assertThat(reporting.lock(periodId).locked()).isFalse();
        assertThat(reporting.lock(periodId).sentAt()).as("the sending is still known").isNotNull();
        List<PeriodEvent> history = reporting.history(periodId);
        assertThat(history).extracting(PeriodEvent::kind)
                .containsExactly(PeriodEvent.Kind.SENT, PeriodEvent.Kind.REOPENED);
        PeriodEvent reopened = history.getLast();
        assertThat(reopened.by()).isEqualTo(System.getProperty("user.name"));
        assertThat(reopened.at()).isEqualTo(reporting.today().atTime(9, 0));
        assertThat(reopened.detail()).isEqualTo("Trạm Y tế gửi lại tỷ lệ tiêm chủng đã sửa");
        assertThat(history.getFirst().detail()).isEqualTo("Sở Y tế tỉnh Sơn La");

        reporting.submit(paperReport(q.missing));
        send();

        assertThat(reporting.lock(periodId).locked()).isTrue();
        assertThat(reporting.history(periodId)).extracting(PeriodEvent::kind)
                .containsExactly(PeriodEvent.Kind.SENT, PeriodEvent.Kind.REOPENED, PeriodEvent.Kind.SENT);
        assertThatThrownBy(() -> reporting.submit(paperReport(q.late))).hasMessage(LOCKED);
    }

    @Test
    void aPeriodNotSentCannotBeReopenedAndTakesFiguresAsBefore() {
        assertThat(reporting.lock(periodId).locked()).isFalse();
        assertThatThrownBy(() -> reporting.reopen(periodId, "thử")).isInstanceOf(DomainException.class)
                .hasMessageStartingWith("Kỳ quý I năm 2026 chưa gửi lên cấp trên");
        reporting.submit(paperReport(q.missing));
        assertThat(reporting.history(periodId)).isEmpty();
    }
}
