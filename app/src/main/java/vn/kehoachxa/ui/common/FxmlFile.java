package vn.kehoachxa.ui.common;

/** Every screen's FXML file, so that a wrong screen name fails to compile. */
public enum FxmlFile {
    /** "Đang mở cơ sở dữ liệu…" while the database opens. */
    LOADING("loading.fxml"),
    MAIN_WINDOW("main_window.fxml"),
    FIRST_RUN("first_run.fxml"),
    /** The commune profile form, shared by the first-run wizard and the settings screen. */
    COMMUNE_PROFILE_FORM("commune_profile_form.fxml"),
    DASHBOARD("dashboard.fxml"),
    PLAN_INFO("plan_info.fxml"),
    OUTLINE("outline.fxml"),
    /** Chỉ tiêu: the indicator table. */
    INDICATORS("indicators.fxml"),
    /** Phân công mục tiêu: the target assignment matrix. */
    TARGET_MATRIX("target_matrix.fxml"),
    /** Phân công nhiệm vụ: the task assignment matrix. */
    TASK_MATRIX("task_matrix.fxml"),
    UNITS("units.fxml"),
    /** Kỳ báo cáo: periods, status grid, unit forms out and back. */
    REPORTING_PERIODS("reporting_periods.fxml"),
    /** Kết quả: a period's indicators and tasks evaluated, filterable and correctable. */
    RESULTS("results.fxml"),
    /** Báo cáo kỳ: the commune's periodic report, edited, exported and sent upward. */
    PERIODIC_REPORT("periodic_report.fxml"),
    SETTINGS("settings.fxml"),
    /** Tổng hợp báo cáo tỉnh: the province collector's main window. */
    COLLECTOR_WINDOW("collector_window.fxml"),
    /** Xã/phường or Tỉnh: what a new data folder is for, asked before any database is created. */
    FOLDER_KIND("folder_kind.fxml");

    private final String fileName;

    FxmlFile(String fileName) {
        this.fileName = fileName;
    }

    /** The classpath resource, e.g. {@code /fxml/dashboard.fxml}. */
    public String resource() {
        return "/fxml/" + fileName;
    }
}
