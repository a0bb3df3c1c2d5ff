package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.exchange.unitform.FormFiller;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.report.ReportPackage;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.FormMailing;
import vn.kehoachxa.service.reporting.FormPreview;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodResults;
import vn.kehoachxa.service.reporting.TaskEvaluation;

/**
 * Issue 16's "done when": the Mường La plan issued on 1 July 2026 runs its first reporting year as an office runs it —
 * forms out with one e-mail draft per unit, back with actual completion dates, checked, stored, sent and locked,
 * reported — with nothing before the plan took effect due anywhere, and the statuses a clerk would give.
 */
class MidYearPlanYearTest {
    static final LocalDate ISSUED = LocalDate.of(2026, 7, 1);

    @TempDir
    Path dir;
    Database db;
    long planId;

    @BeforeEach
    void issueMidYear() {
        db = Database.open(dir.resolve("db"));
        PlanService plans = new PlanService(db);
        planId = plans.create(PlanFiles.readBundledSample("muong-la"));
        Plan p = plans.load(planId).plan();
        plans.update(new Plan(p.id(), p.family(), p.type(), p.number(), p.symbol(), p.issueDate(), p.place(),
                p.summary(), p.communeName(), p.superiorBody(), p.issuingBody(), p.openingText(), p.closingText(),
                p.signer(), p.startYear(), p.endYear(), p.visionYear(), p.status(), p.revisesPlanId(),
                ReportingRule.standard()).withExtrasOf(p));
        new CommuneService(db).save(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                "Ủy ban nhân dân xã Mường La", "Đảng ủy xã Mường La", "Mường La", List.of(),
                List.of(new UpwardRecipient("Sở Y tế tỉnh Sơn La", "soyte@sonla.gov.vn"))));
        new PlanVersionService(db).issue(planId, "12", ISSUED, null);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theFirstYearRunsFromTheIssueDateFormsOutBackCheckedLockedAndReported() throws Exception {
        ReportingService reporting = services(LocalDate.of(2026, 9, 1)).reporting();
        reporting.generatePeriods(planId);

        // Nothing before the plan took effect: the first quarter is quý III/2026, no half-year I, nothing overdue.
        List<ReportingPeriod> periods = reporting.periods(planId).stream().map(PeriodOverview::period).toList();
        assertThat(periods).allMatch(period -> !period.dueDate().isBefore(ISSUED));
        assertThat(periods.stream().filter(period -> period.year() == 2026).map(this::code))
                .contains("QUARTER-3", "QUARTER-4", "HALF_YEAR-2", "YEAR-1")
                .doesNotContain("QUARTER-1", "QUARTER-2", "HALF_YEAR-1");
        assertThat(reporting.periods(planId)).noneMatch(PeriodOverview::overdue);

        // Quý IV, 6 tháng cuối năm and năm 2026 fall due the same day: the office collects and sends them in that order.
        for (String code : List.of("QUARTER-3", "QUARTER-4", "HALF_YEAR-2", "YEAR-1")) {
            ReportingPeriod period = periods.stream().filter(x -> x.year() == 2026 && code(x).equals(code))
                    .findFirst().orElseThrow();
            runPeriod(period);
        }

        // The year's report: drafted from what the units sent, every unit counted.
        ReportingPeriod year = periods.stream().filter(x -> x.kind() == PeriodKind.YEAR && x.year() == 2026)
                .findFirst().orElseThrow();
        Services at = services(year.dueDate().minusDays(1));
        String report = String.join("\n", at.reports().report(year.id()).parts().values());
        assertThat(report).contains("Kế hoạch số 12/KH-UBND").contains("hoàn thành đúng hạn")
                .doesNotContain("chưa gửi báo cáo:");
    }

    /** One period, a week before its due date: forms and drafts out, forms back filled, stored, sent, locked. */
    private void runPeriod(ReportingPeriod period) throws Exception {
        LocalDate day = period.dueDate().minusDays(7);
        Services at = services(day);
        assertThat(CollectingPeriod.of(at.reporting().periods(planId).stream().map(PeriodOverview::period)
                .toList(), day)).map(c -> c.period().id()).as("the period collected on %s", day)
                .as("%s among %s", period, at.reporting().periods(planId).stream().map(PeriodOverview::period).toList())
                .contains(period.id());

        FormMailing mailing = at.mail().makeFormsAndDrafts(period.id(), dir.resolve("out-" + code(period)));
        assertThat(mailing.drafts()).hasSameSizeAs(mailing.forms()).isNotEmpty();
        MimeMessage draft = read(mailing.drafts().getFirst());
        assertThat(draft.getHeader("X-Unsent", null)).isEqualTo("1");
        assertThat(draft.getSubject()).startsWith("Biểu mẫu báo cáo").contains("hạn gửi");

        // Every unit finished its work ten days before it filled the form, and writes that day on the form.
        LocalDate finished = day.minusDays(10);
        for (Path form : mailing.forms()) {
            FormFiller filled = FormFiller.open(form);
            for (long item : filled.itemIds()) {
                filled.task(item, "Hoàn thành", "Đã thực hiện xong", null, null).completed(item, finished);
            }
            for (long indicator : filled.indicatorIds()) {
                filled.number(indicator, 80, null);
            }
            filled.save();
        }
        List<FormPreview> previews = at.forms().preview(period.id(), null, mailing.forms());
        assertThat(previews).as("checked before anything is stored").allMatch(FormPreview::ok);
        List<FormImportResult> imported = at.forms().importPreviewed(previews);
        assertThat(imported).allMatch(r -> r.errors().isEmpty() && r.submission() != null);

        PeriodResults results = at.reporting().results(period.id());
        assertThat(results.tasks()).isNotEmpty();
        for (TaskEvaluation task : results.tasks()) {
            assertThat(task.doneOn()).as("done on the day the units wrote, not the day their form came")
                    .isEqualTo(finished);
            boolean inTime = task.due() == null || !finished.isAfter(task.due());
            assertThat(task.status()).as("%s due %s", task.item().item().content(), task.due())
                    .isEqualTo(inTime ? TaskStatus.HOAN_THANH_DUNG_HAN : TaskStatus.HOAN_THANH_QUA_HAN);
        }

        at.packages().confirmSent(period.id(), new ReportPackage(dir.resolve("pkg"), dir.resolve("r.docx"),
                dir.resolve("r.xlsx"), List.of(), dir.resolve("r.zip"), dir.resolve("r.eml"),
                List.of("Sở Y tế tỉnh Sơn La"), "Báo cáo " + code(period)));
        assertThat(at.reporting().lock(period.id()).locked()).isTrue();
        assertThat(at.forms().preview(period.id(), null, List.of(mailing.forms().getFirst())).getFirst().ok())
                .as("a sent period takes no form").isFalse();
    }

    private record Services(ReportingService reporting, UnitFormService forms, FormMailService mail,
                            ReportPackageService packages, PeriodicReportService reports) {
    }

    private Services services(LocalDate day) {
        Clock clock = Clock.fixed(day.atTime(9, 0).atZone(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        UnitFormService forms = new UnitFormService(db, clock);
        return new Services(new ReportingService(db, clock), forms, new FormMailService(db, forms, clock),
                new ReportPackageService(db, clock), new PeriodicReportService(db, clock));
    }

    private String code(ReportingPeriod period) {
        return period.kind() + "-" + period.index();
    }

    private static MimeMessage read(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
