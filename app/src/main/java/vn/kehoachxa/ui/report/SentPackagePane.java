package vn.kehoachxa.ui.report;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.service.ReportPackageService;
import vn.kehoachxa.service.report.ReportPackage;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.Tasks;

/**
 * What "Gửi báo cáo" built — the folder, the .zip and the .eml draft — with "Mở thư nháp", "Mở thư mục", "Chép
 * sang USB…" and "Đã gửi báo cáo lên tỉnh". The app cannot see the official press Send in the mail program, so the
 * period counts as sent only when the official confirms here. Stays until confirmed, or until another plan is shown.
 */
final class SentPackagePane extends VBox {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final AppContext ctx;
    private final ReportPackageService packages;
    private final Runnable onSent;
    private final Label description = new Label();
    private final Label status = new Label();
    private final Button openDraft = new Button(Texts.get("reportui.openDraft"), new FontIcon("mdi2e-email-outline"));
    private final Button openFolder = new Button(Texts.get("reportui.openFolder"), new FontIcon("mdi2f-folder-open"));
    private final Button copyUsb = new Button(Texts.get("reportui.copyUsb"), new FontIcon("mdi2u-usb-flash-drive"));
    private final Button confirm = new Button(Texts.get("reportui.package.confirm"), new FontIcon("mdi2c-check"));
    private final FlowPane actions = new FlowPane(openDraft, openFolder, copyUsb, confirm);
    private long planId;
    private long periodId;
    private ReportPackage pkg;

    /** Opens and copies through {@code ctx}; records the sending with {@code packages}, then runs {@code onSent}. */
    SentPackagePane(AppContext ctx, ReportPackageService packages, Runnable onSent) {
        this.ctx = ctx;
        this.packages = packages;
        this.onSent = onSent;
        setId("sentPackage");
        getStyleClass().add("panel");
        setSpacing(6);
        description.setId("packageLabel");
        description.setWrapText(true);
        // A wrapped label in a VBox would otherwise get the height of one line.
        description.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.setId("packageStatus");
        status.setWrapText(true);
        status.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.getStyleClass().add("muted");
        openDraft.setId("openDraftButton");
        openFolder.setId("openFolderButton");
        copyUsb.setId("copyUsbButton");
        confirm.setId("confirmSentButton");
        confirm.getStyleClass().add("accent");
        actions.getStyleClass().add("toolbar-row");
        getChildren().addAll(description, actions, status);
        openDraft.setOnAction(e -> ctx.open(pkg.eml()));
        openFolder.setOnAction(e -> ctx.open(pkg.folder()));
        copyUsb.setOnAction(e -> copyToUsb());
        confirm.setOnAction(e -> confirmSent());
        hide();
    }

    /** Shows the package just built for period {@code periodId} ({@code periodName}) of plan {@code planId}. */
    void show(long planId, long periodId, String periodName, ReportPackage built) {
        this.planId = planId;
        this.periodId = periodId;
        this.pkg = built;
        description.setText(Texts.get("reportui.package.built", periodName, built.folder(), built.zip(), built.eml(),
                String.join("; ", built.recipients())));
        status.setText("");
        confirm.setDisable(false);
        actions.setVisible(true);
        actions.setManaged(true);
        setVisible(true);
        setManaged(true);
    }

    /** Hides the pane when plan {@code shownPlan} is not the one the package was built for. */
    void keepFor(Long shownPlan) {
        if (pkg != null && (shownPlan == null || shownPlan != planId)) {
            hide();
        }
    }

    private void hide() {
        pkg = null;
        setVisible(false);
        setManaged(false);
    }

    private void confirmSent() {
        confirm.setDisable(true);
        ReportPackage sent = pkg;
        Tasks.create(() -> packages.confirmSent(periodId, sent))
                .onSuccess(at -> {
                    description.setText(Texts.get("reportui.package.confirmed", STAMP.format(at), sent.folder()));
                    actions.setVisible(false);
                    actions.setManaged(false);
                    onSent.run();
                })
                .onError(e -> {
                    confirm.setDisable(false);
                    ErrorDialog.show(e);
                })
                .runOn(ctx.executor());
    }

    private void copyToUsb() {
        ReportPackage built = pkg;
        ctx.fileChooser().folder(getScene().getWindow(), Texts.get("reportui.chooseUsb")).ifPresent(target ->
                Tasks.create(() -> packages.copyTo(built, target))
                        .onSuccess(copied -> status.setText(Texts.get("reportui.copied", copied)))
                        .runOn(ctx.fileExecutor()));
    }
}
