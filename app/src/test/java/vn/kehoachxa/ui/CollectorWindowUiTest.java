package vn.kehoachxa.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ReceiptState;
import vn.kehoachxa.domain.reporting.Evaluation;
import vn.kehoachxa.domain.reporting.PeriodKind;
import vn.kehoachxa.domain.reporting.TaskStatus;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.collect.ProvinceViewService;
import vn.kehoachxa.testsupport.CollectorFixtures;
import vn.kehoachxa.ui.collector.CollectorActions;
import vn.kehoachxa.ui.collector.CollectorController;
import vn.kehoachxa.ui.collector.CollectorViewModel;

/**
 * The collector's window over a real collector database of 24 communes of Sơn La (3 missing, 2 late, one corrected):
 * receipts and the "chỉ xã chưa nộp" filter, the consolidated indicators with a commune breakdown, the task counts
 * with the province row, the action hooks enabled only when set, and the window at 1024×700 with the largest text.
 * Screenshots under {@code target/screenshots/collector/}.
 */
class CollectorWindowUiTest extends FxRobot {
    private static final int COMMUNES = 24;

    @TempDir
    Path dir;
    private CollectorDatabase db;
    private CollectorWindowOnStage window;
    private Stage stage;
    private CollectorController controller;
    private final CollectorActions actions = new CollectorActions();

    @BeforeEach
    void setUp() throws Exception {
        db = CollectorDatabase.openEmbedded(dir.resolve("db"));
        CollectorFixtures.communes(db, "Sơn La", COMMUNES);
        CollectorFixtures.period(db, PeriodKind.QUARTER, 2026, 1, LocalDate.of(2026, 4, 15));
        for (int n = 1; n <= COMMUNES; n++) {
            if (n % 8 == 0) {
                continue;
            }
            Instant at = Instant.parse(n > 21 ? "2026-04-18T02:00:00Z" : "2026-04-10T02:00:00Z");
            String id = commune(n, at, n % 3 == 0 ? "Chưa đạt" : "Đạt").insert(db);
            if (n == 5) {
                commune(5, Instant.parse("2026-04-20T03:00:00Z"), "Đạt").replacing(id).insert(db);
            }
        }
        ProvinceViewService view = new ProvinceViewService(db, Clock.systemDefaultZone());
        window = CollectorWindowOnStage.show(dir.resolve("ui"), view, actions);
        stage = window.stage;
        controller = window.controller();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm().summaryProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        window.close();
        db.close();
    }

    private static CollectorFixtures.Package commune(int n, Instant at, String words) {
        return CollectorFixtures.pkg(n, PeriodKind.QUARTER, 2026, 1, at)
                .indicator("NQ72-01", "Số bác sĩ của trạm y tế xã", "bác sĩ", String.valueOf(n % 3 + 1), null,
                        n % 3 == 0 ? Evaluation.CHUA_DAT : Evaluation.DAT)
                .indicator("NQ72-02", "Tỷ lệ bao phủ bảo hiểm y tế", "% dân số", n == 5 ? "93.4" : "88.25", null,
                        Evaluation.VUOT)
                .indicator("NQ72-03", "Trạm y tế xã đạt chuẩn quốc gia theo Bộ tiêu chí quốc gia về y tế xã",
                        "", null, words, words.equals("Đạt") ? Evaluation.DAT : Evaluation.CHUA_DAT)
                .tasks(TaskStatus.HOAN_THANH_DUNG_HAN, 5).tasks(TaskStatus.DANG_THUC_HIEN_TRONG_HAN, n % 4)
                .tasks(TaskStatus.CHUA_HOAN_THANH_QUA_HAN, n == 7 ? 2 : 0);
    }

    private CollectorViewModel vm() {
        return controller.viewModel();
    }

    @Test
    void showsReceiptsIndicatorsAndTasksOfThePeriod() {
        ProvincePeriodSummary s = vm().summaryProperty().get();
        assertThat(stage.getTitle()).isEqualTo("Kế hoạch Xã — Tổng hợp báo cáo tỉnh Sơn La");
        assertThat(s.count(ReceiptState.MISSING)).isEqualTo(3);
        assertThat(s.count(ReceiptState.LATE)).isEqualTo(2);
        assertThat(lookup("#countsLabel").queryLabeled().getText())
                .contains("Đã nhận đúng hạn: 19", "Nộp muộn: 2", "Chưa nhận: 3", "Có bản sửa: 1");
        TableView<?> receipts = lookup("#receiptTable").queryTableView();
        assertThat(receipts.getItems()).hasSize(COMMUNES);
        screenshot("collector-receipts");

        clickOn("#onlyMissingBox");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(receipts.getItems()).hasSize(3);
        screenshot("collector-receipts-missing");

        interact(() -> ((TabPane) lookup("#tabs").query()).getSelectionModel().select(1));
        TableView<?> indicators = lookup("#indicatorTable").queryTableView();
        assertThat(indicators.getItems()).hasSize(3);
        interact(() -> indicators.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#breakdownTable").queryTableView().getItems()).hasSize(COMMUNES - 3);
        // 20 communes at 88,25 and commune 5's correction at 93,4: (1765 + 93,4) / 21 = 88,495… → 88,50.
        assertThat(cellText(indicators, 1, 4)).isEqualTo("88,5");
        assertThat(cellText(indicators, 1, 7)).isEqualTo("100 %");
        screenshot("collector-indicators");

        interact(() -> ((TabPane) lookup("#tabs").query()).getSelectionModel().select(2));
        TableView<?> tasks = lookup("#taskTable").queryTableView();
        assertThat(tasks.getItems()).hasSize(COMMUNES - 3 + 1);
        CollectorViewModel.TaskRow total = (CollectorViewModel.TaskRow) tasks.getItems().getLast();
        assertThat(total.total()).isTrue();
        assertThat(total.count(TaskStatus.HOAN_THANH_DUNG_HAN)).isEqualTo(5 * (COMMUNES - 3));
        assertThat(total.count(TaskStatus.CHUA_HOAN_THANH_QUA_HAN)).isEqualTo(2);
        screenshot("collector-tasks");
    }

    @Test
    void actionsAreEnabledOnlyWhenTheCompositionRootSetsThem() {
        Button importButton = lookup("#importButton").queryButton();
        Button wordButton = lookup("#wordButton").queryButton();
        assertThat(importButton.isDisabled()).isTrue();
        AtomicReference<ProvincePeriodSummary> exported = new AtomicReference<>();
        interact(() -> {
            actions.importPackagesProperty().set(() -> { });
            actions.exportWordProperty().set(exported::set);
        });
        assertThat(importButton.isDisabled()).isFalse();
        assertThat(lookup("#excelButton").queryButton().isDisabled()).isTrue();
        clickOn(wordButton);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(exported.get()).isSameAs(vm().summaryProperty().get());
    }

    @Test
    void staysUsableAt1024x700WithTheLargestText() {
        interact(window::smallScreenLargestText);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> problems = new ArrayList<>();
        Parent root = stage.getScene().getRoot();
        for (String id : List.of("#periodPicker", "#importButton", "#excelButton", "#wordButton", "#countsLabel",
                "#onlyMissingBox", "#receiptTable")) {
            problems.addAll(LayoutCheck.inWindow(lookup(id).query(), id));
        }
        problems.addAll(LayoutCheck.cutTexts(root));
        problems.addAll(TableCheck.cutHeadings(lookup("#receiptTable").queryTableView()));
        screenshot("collector-small-receipts");
        interact(() -> ((TabPane) lookup("#tabs").query()).getSelectionModel().select(1));
        interact(() -> lookup("#indicatorTable").queryTableView().getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(LayoutCheck.inWindow(lookup("#breakdownTable").query(), "#breakdownTable"));
        problems.addAll(TableCheck.cutHeadings(lookup("#indicatorTable").queryTableView()));
        screenshot("collector-small-indicators");
        interact(() -> ((TabPane) lookup("#tabs").query()).getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        problems.addAll(LayoutCheck.inWindow(lookup("#taskTable").query(), "#taskTable"));
        problems.addAll(TableCheck.cutHeadings(lookup("#taskTable").queryTableView()));
        screenshot("collector-small-tasks");
        assertThat(problems).isEmpty();
    }

    private static String cellText(TableView<?> table, int row, int column) {
        Object value = table.getColumns().get(column).getCellObservableValue(row).getValue();
        return value == null ? "" : value.toString();
    }

    private void screenshot(String name) {
        vn.kehoachxa.testsupport.Screenshots.save("collector/" + name, stage.getScene());
    }
}
