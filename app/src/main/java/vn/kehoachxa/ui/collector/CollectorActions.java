package vn.kehoachxa.ui.collector;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;

/**
 * The collector window's actions that other parts of the app provide (the package import, the commune list, the
 * exports, the server settings): the composition root sets them; a menu item or button whose action is not set stays
 * disabled. Exports receive the period shown. Set on the FX thread.
 */
public final class CollectorActions {
    private final ObjectProperty<Runnable> importPackages = new SimpleObjectProperty<>(this, "importPackages");
    private final ObjectProperty<Runnable> communeList = new SimpleObjectProperty<>(this, "communeList");
    private final ObjectProperty<Consumer<ProvincePeriodSummary>> exportExcel =
            new SimpleObjectProperty<>(this, "exportExcel");
    private final ObjectProperty<Consumer<ProvincePeriodSummary>> exportWord =
            new SimpleObjectProperty<>(this, "exportWord");
    private final ObjectProperty<Runnable> serverSettings = new SimpleObjectProperty<>(this, "serverSettings");

    /** "Nhập gói báo cáo…": afterwards call {@link CollectorController#refresh()}. */
    public ObjectProperty<Runnable> importPackagesProperty() {
        return importPackages;
    }

    /** "Danh sách xã…". */
    public ObjectProperty<Runnable> communeListProperty() {
        return communeList;
    }

    /** "Xuất Excel…" of the period shown. */
    public ObjectProperty<Consumer<ProvincePeriodSummary>> exportExcelProperty() {
        return exportExcel;
    }

    /** "Xuất báo cáo Word…" of the period shown. */
    public ObjectProperty<Consumer<ProvincePeriodSummary>> exportWordProperty() {
        return exportWord;
    }

    /** "Cài đặt máy chủ…". */
    public ObjectProperty<Runnable> serverSettingsProperty() {
        return serverSettings;
    }
}
