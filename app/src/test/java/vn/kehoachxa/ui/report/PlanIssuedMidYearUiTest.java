package vn.kehoachxa.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.PlanVersionService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.FirstPeriodChoices;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.testsupport.TestPlans;

/**
 * A quarterly plan issued on 1 July: nothing of the first half-year is due, on the dashboard or in Báo cáo kỳ; the
 * official can start a period later in Kỳ báo cáo and undo it.
 */
class PlanIssuedMidYearUiTest {
    /** What the screens must never show for a plan issued on 1 July 2026. */
    private static final List<String> BEFORE_ISSUE = List.of("quý I năm 2026", "quý II năm 2026",
            "6 tháng đầu năm 2026");

    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theDashboardShowsNoOverdueBeforeTheIssueAndBaoCaoKyOpensOnThePeriodBeingCollected() {
        // The app runs on today's date: the plan was issued on the 1 July before it, its periods made as a draft.
        LocalDate today = LocalDate.now();
        LocalDate issued = LocalDate.of(today.getMonthValue() >= 7 ? today.getYear() : today.getYear() - 1, 7, 1);
        long planId;
        CollectingPeriod expected;
        try (Database db = Database.open(dataDir)) {
            new CommuneService(db).save(new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                    "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null, "Mường La", List.of(), List.of()));
            planId = new PlanService(db).create(TestPlans.muongLa());
            new ReportingService(db).generatePeriods(planId);
            new PlanVersionService(db).issue(planId, "12", issued, null);
            expected = new ReportingService(db).collecting(planId).orElseThrow();
        }
        assertThat(issued.getYear()).as("the test plan runs 2026–2030").isBetween(2026, 2030);

        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        Label next = app.waitFor("#nextDeadline");
        Label upward = app.lookup("#upwardLabel").query();
        ListView<String> overdue = app.lookup("#overdue").query();
        app.until(() -> next.getText().startsWith("Kỳ đang thu: ") && !upward.getText().isEmpty());
        assertThat(next.getText()).isEqualTo(expected.label());
        assertThat(upward.getText()).startsWith("Báo cáo " + PeriodNames.name(expected.period()) + ":");
        for (String period : BEFORE_ISSUE) {
            assertThat(next.getText()).doesNotContain(period);
            assertThat(upward.getText()).doesNotContain(period);
            assertThat(overdue.getItems()).noneMatch(line -> line.startsWith(period));
        }
        app.screenshot("mid-year-plan-1-dashboard");

        app.navigate("Báo cáo kỳ");
        ComboBox<PeriodOverview> periods = app.waitFor("#periodBox");
        Label collecting = app.lookup("#collectingLabel").query();
        app.until(() -> periods.getValue() != null && !collecting.getText().isEmpty());
        assertThat(periods.getValue().period().id()).isEqualTo(expected.period().id());
        assertThat(collecting.getText()).isEqualTo(expected.label());
        assertThat(periods.getItems()).noneMatch(p -> BEFORE_ISSUE.contains(p.name()))
                .allMatch(p -> !p.period().dueDate().isBefore(issued));
        app.screenshot("mid-year-plan-2-periodic-report");

        // Kỳ báo cáo: the official starts reporting a quarter later, and Ctrl+Z puts the issue date's period back.
        app.navigate("Kỳ báo cáo");
        TableView<PeriodOverview> table = app.waitFor("#periods");
        ComboBox<FirstPeriodChoices.Choice> first = app.lookup("#firstPeriodBox").query();
        String fromIssue = "Q3-" + issued.getYear();
        app.until(() -> first.getValue() != null && !table.getItems().isEmpty());
        assertThat(first.getValue().month()).isNull();
        assertThat(table.getItems().getFirst().code()).isEqualTo(fromIssue);
        FirstPeriodChoices.Choice fourth = first.getItems().stream()
                .filter(c -> YearMonth.of(issued.getYear(), 10).equals(c.month())).findFirst().orElseThrow();
        assertThat(fourth.name()).isEqualTo("quý IV năm " + issued.getYear());
        app.fx(() -> first.setValue(fourth));
        app.until(() -> !table.getItems().isEmpty() && table.getItems().getFirst().code().startsWith("Q4-"));
        app.screenshot("mid-year-plan-3-first-period-picked");
        app.clickOn(table);
        app.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.until(() -> !table.getItems().isEmpty() && table.getItems().getFirst().code().equals(fromIssue)
                && first.getValue() != null && first.getValue().month() == null);
    }
}
