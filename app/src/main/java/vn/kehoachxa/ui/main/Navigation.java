package vn.kehoachxa.ui.main;

import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.ui.common.FxmlFile;

/** The left navigation: one entry per screen, in the order officials work through a plan. */
public enum Navigation {
    DASHBOARD(FxmlFile.DASHBOARD, "mdi2v-view-dashboard-outline"),
    PLAN_INFO(FxmlFile.PLAN_INFO, "mdi2f-file-document-edit-outline"),
    OUTLINE(FxmlFile.OUTLINE, "mdi2f-format-list-numbered"),
    INDICATORS(FxmlFile.INDICATORS, "mdi2c-chart-box-outline"),
    TARGET_MATRIX(FxmlFile.TARGET_MATRIX, "mdi2t-table-check"),
    TASK_MATRIX(FxmlFile.TASK_MATRIX, "mdi2t-table-account"),
    UNITS(FxmlFile.UNITS, "mdi2o-office-building-outline"),
    REPORTING_PERIODS(FxmlFile.REPORTING_PERIODS, "mdi2c-calendar-clock"),
    RESULTS(FxmlFile.RESULTS, "mdi2c-clipboard-check-outline"),
    PERIODIC_REPORT(FxmlFile.PERIODIC_REPORT, "mdi2f-file-send"),
    SETTINGS(FxmlFile.SETTINGS, "mdi2c-cog-outline");

    private final FxmlFile fxml;
    private final String icon;

    Navigation(FxmlFile fxml, String icon) {
        this.fxml = fxml;
        this.icon = icon;
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
