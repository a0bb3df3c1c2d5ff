package vn.kehoachxa.ui.main;

import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.ui.common.FxmlFile;

/** The left navigation: one entry per screen, in the order officials work through a plan. */
public enum Navigation {
    DASHBOARD(FxmlFile.DASHBOARD, "mdi2v-view-dashboard-outline", "lap-ke-hoach"),
    PLAN_INFO(FxmlFile.PLAN_INFO, "mdi2f-file-document-edit-outline", "lap-ke-hoach"),
    OUTLINE(FxmlFile.OUTLINE, "mdi2f-format-list-numbered", "lap-ke-hoach"),
    INDICATORS(FxmlFile.INDICATORS, "mdi2c-chart-box-outline", "chi-tieu-phan-cong"),
    TARGET_MATRIX(FxmlFile.TARGET_MATRIX, "mdi2t-table-check", "chi-tieu-phan-cong"),
    TASK_MATRIX(FxmlFile.TASK_MATRIX, "mdi2t-table-account", "chi-tieu-phan-cong"),
    UNITS(FxmlFile.UNITS, "mdi2o-office-building-outline", "chi-tieu-phan-cong"),
    REPORTING_PERIODS(FxmlFile.REPORTING_PERIODS, "mdi2c-calendar-clock", "gui-bieu-mau"),
    RESULTS(FxmlFile.RESULTS, "mdi2c-clipboard-check-outline", "nhap-bao-cao"),
    PERIODIC_REPORT(FxmlFile.PERIODIC_REPORT, "mdi2f-file-send", "bao-cao-ky"),
    SETTINGS(FxmlFile.SETTINGS, "mdi2c-cog-outline", "sao-luu");

    private final FxmlFile fxml;
    private final String icon;
    private final String helpChapter;

    Navigation(FxmlFile fxml, String icon, String helpChapter) {
        this.fxml = fxml;
        this.icon = icon;
        this.helpChapter = helpChapter;
    }

    /** The chapter of the user guide (docs/huong-dan-su-dung.md) that F1 opens on this screen. */
    public String helpChapter() {
        return helpChapter;
    }

    /** The screen shown for this entry. */
    public FxmlFile fxml() {
        return fxml;
    }

    /** The Ikonli icon literal. */
    public String icon() {
        return icon;
    }

    @Override
    public String toString() {
        return Texts.get("nav." + name());
    }
}
