package vn.kehoachxa.ui;

import java.nio.file.Path;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;
import vn.kehoachxa.App;
import vn.kehoachxa.service.collect.ProvinceViewService;
import vn.kehoachxa.ui.collector.CollectorActions;
import vn.kehoachxa.ui.collector.CollectorController;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.AppSettings;
import vn.kehoachxa.ui.common.Appearance;
import vn.kehoachxa.ui.common.ControllerFactory;
import vn.kehoachxa.ui.common.FxmlFile;
import vn.kehoachxa.ui.common.TextSize;
import vn.kehoachxa.ui.common.View;
import vn.kehoachxa.ui.common.ViewLoader;

/**
 * The collector's window (ui/collector) on the shared primary stage for a UI test, styled as App.start styles it, at
 * 1280×800; {@link #close} puts the stage's size, text size and style sheet back, because the primary stage outlives
 * the test and later UI tests in this JVM expect the window's usual size.
 */
final class CollectorWindowOnStage implements AutoCloseable {
    final AppContext ctx;
    final Stage stage;
    private Appearance appearance;
    private CollectorController controller;
    private double[] sizeBefore;

    private CollectorWindowOnStage(AppContext ctx, Stage stage) {
        this.ctx = ctx;
        this.stage = stage;
    }

    /** Shows the window over {@code view} with {@code actions}; its settings live in {@code settingsFolder}. */
    static CollectorWindowOnStage show(Path settingsFolder, ProvinceViewService view, CollectorActions actions)
            throws Exception {
        AppContext ctx = new AppContext(AppContext.newExecutor(), AppContext.newFileExecutor(),
                AppSettings.load(settingsFolder));
        CollectorWindowOnStage shown = new CollectorWindowOnStage(ctx, FxToolkit.registerPrimaryStage());
        FxToolkit.setupFixture(() -> shown.load(view, actions));
        return shown;
    }

    private void load(ProvinceViewService view, CollectorActions actions) {
        // As App.start: AtlantaFX's Primer Light under the app's own sheet.
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        appearance = Appearance.install(App.STYLESHEET);
        ControllerFactory factory = new ControllerFactory()
                .register(CollectorController.class, () -> new CollectorController(ctx, view, actions));
        View<CollectorController> loaded = new ViewLoader(factory).load(FxmlFile.COLLECTOR_WINDOW);
        controller = loaded.controller();
        sizeBefore = new double[] {stage.getWidth(), stage.getHeight()};
        stage.setScene(new Scene((Parent) loaded.root(), 1280, 800));
        stage.show();
        if (Double.isNaN(sizeBefore[0]) || Double.isNaN(sizeBefore[1])) {
            sizeBefore = new double[] {stage.getWidth(), stage.getHeight()};
        }
    }

    CollectorController controller() {
        return controller;
    }

    /** The largest text at 1024×700, as a small screen with the text made large shows it (FX thread). */
    void smallScreenLargestText() {
        appearance.textSizeProperty().set(TextSize.LARGE);
        ctx.textSizeProperty().set(TextSize.LARGE);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @Override
    public void close() throws Exception {
        FxToolkit.setupFixture(() -> {
            stage.titleProperty().unbind();
            stage.setWidth(sizeBefore[0]);
            stage.setHeight(sizeBefore[1]);
            stage.hide();
            appearance.textSizeProperty().set(TextSize.NORMAL);
            appearance.uninstall();
        });
        ctx.close();
    }
}
