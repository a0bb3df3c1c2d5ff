package vn.kehoachxa.ui.collectorsettings;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.CollectorStorage;
import vn.kehoachxa.domain.collect.ServerCheck;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.domain.collect.ServerForm;
import vn.kehoachxa.service.collect.ServerSettingsService;
import vn.kehoachxa.ui.collectorimport.DialogStage;
import vn.kehoachxa.ui.common.Dialogs;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Cài đặt máy chủ (decision 0046): where the collector's data are, a shared PostgreSQL server checked with the
 * password typed for that check only, "Lưu" to use it and "Dùng cơ sở dữ liệu trong thư mục này" to go back —
 * both from the next start, each after the official confirmed what stays where. Server work runs on the ordered
 * executor; the password is wiped from memory after each use and never written.
 *
 * <p>Entry point for the collector's main window: {@code ServerSettingsDialog.show(owner, service, orderedExecutor)}.
 */
public final class ServerSettingsDialog {
    private final ServerSettingsService service;
    private final Executor ordered;
    private final ServerSettingsViewModel model = new ServerSettingsViewModel();
    private Stage stage;

    @FXML
    Parent root;
    @FXML
    Label now;
    @FXML
    Label next;
    @FXML
    TextField host;
    @FXML
    TextField port;
    @FXML
    TextField database;
    @FXML
    TextField user;
    @FXML
    PasswordField password;
    @FXML
    Button check;
    @FXML
    ProgressIndicator progress;
    @FXML
    Label result;
    @FXML
    Button useEmbedded;
    @FXML
    Button save;

    private ServerSettingsDialog(ServerSettingsService service, Executor ordered) {
        this.service = service;
        this.ordered = ordered;
    }

    /** Opens the page over {@code owner} and reads where the data are. Call on the FX thread. */
    public static ServerSettingsDialog show(Window owner, ServerSettingsService service, Executor ordered) {
        ServerSettingsDialog dialog = new ServerSettingsDialog(service, ordered);
        dialog.stage = DialogStage.load(dialog, "/fxml/collectorsettings/server_settings.fxml", owner,
                Texts.get("serversettings.title"));
        dialog.stage.show();
        dialog.reload(null);
        return dialog;
    }

    /** The page's state (tests watch it). */
    public ServerSettingsViewModel model() {
        return model;
    }

    /** The page's window. */
    public Stage stage() {
        return stage;
    }

    @FXML
    void initialize() {
        now.textProperty().bind(model.nowProperty());
        next.textProperty().bind(model.nextProperty());
        next.visibleProperty().bind(model.nextProperty().isNotEmpty());
        next.managedProperty().bind(next.visibleProperty());
        host.textProperty().bindBidirectional(model.hostProperty());
        port.textProperty().bindBidirectional(model.portProperty());
        database.textProperty().bindBidirectional(model.databaseProperty());
        user.textProperty().bindBidirectional(model.userProperty());
        result.textProperty().bind(model.resultProperty());
        model.toneProperty().addListener((o, was, tone) -> {
            result.getStyleClass().removeAll("saved-label", "problem-text");
            if (tone == ServerSettingsViewModel.Tone.OK) {
                result.getStyleClass().add("saved-label");
            } else if (tone == ServerSettingsViewModel.Tone.PROBLEM) {
                result.getStyleClass().add("problem-text");
            }
        });
        // A longer message or the "next start" line must not be cut off at the window's bottom edge.
        for (var text : List.of(model.nowProperty(), model.nextProperty(), model.resultProperty())) {
            text.addListener((o, was, is) -> Platform.runLater(this::growToContent));
        }
        progress.visibleProperty().bind(model.busyProperty());
        for (Button b : new Button[] {check, save, useEmbedded}) {
            b.disableProperty().bind(model.busyProperty());
        }
    }

    /** "Kiểm tra kết nối": logs in with the typed password and says what the server holds. */
    @FXML
    public void check() {
        ServerConnection server = typed();
        if (server == null) {
            return;
        }
        model.started(Texts.get("serversettings.checking", server.shown()));
        Tasks.create(() -> service.check(server))
                .onSuccess(model::checked)
                .onError(this::failed)
                .andFinally(() -> wipe(server))
                .runOn(ordered);
    }

    /** "Lưu": checks the server, asks the official to confirm what stays where, then names it for the next start. */
    @FXML
    public void save() {
        ServerConnection server = typed();
        if (server == null) {
            return;
        }
        model.started(Texts.get("serversettings.saving", server.shown()));
        Tasks.create(() -> service.check(server))
                .onSuccess(checked -> {
                    if (!confirm(toServerText(model.storageProperty().get(), checked))) {
                        wipe(server);
                        model.checked(checked);
                        return;
                    }
                    Tasks.create(() -> service.useServer(server))
                            .onSuccess(saved -> {
                                password.clear();
                                reload(Texts.get("serversettings.saved", saved.server().shown()));
                            })
                            .onError(this::failed)
                            .andFinally(() -> wipe(server))
                            .runOn(ordered);
                })
                .onError(error -> {
                    wipe(server);
                    failed(error);
                })
                .runOn(ordered);
    }

    /** "Dùng cơ sở dữ liệu trong thư mục này": after the official confirms, from the next start. */
    @FXML
    public void useEmbedded() {
        CollectorStorage storage = model.storageProperty().get();
        if (storage == null) {
            return;
        }
        if (storage.saved().isEmpty()) {
            // the next start opens the folder's own database already (a server folder always names its server)
            model.finished(Texts.get("serversettings.alreadyEmbedded"), ServerSettingsViewModel.Tone.NONE);
            return;
        }
        String server = storage.saved().or(storage::inUse).map(ServerConnection::shown).orElse("");
        String text = storage.embeddedFile()
                ? Texts.get("serversettings.confirm.toEmbedded", storage.folder().toString(), server)
                : Texts.get("serversettings.confirm.toEmbedded.new", storage.folder().toString(), server);
        if (!confirm(text)) {
            return;
        }
        model.started("");
        Tasks.run(service::useEmbedded)
                .onSuccess(done -> reload(Texts.get("serversettings.savedEmbedded")))
                .onError(this::failed)
                .runOn(ordered);
    }

    private void growToContent() {
        if (stage != null && stage.getScene() != null
                && root.prefHeight(stage.getScene().getWidth()) > stage.getScene().getHeight() + 0.5) {
            stage.sizeToScene();
        }
    }

    @FXML
    void close() {
        stage.close();
    }

    /** Reads where the data are again; then the result line says {@code said} (null: leaves it). */
    private void reload(String said) {
        Consumer<CollectorStorage> show = s -> {
            model.loaded(s);
            if (said != null) {
                model.finished(said, ServerSettingsViewModel.Tone.OK);
            }
        };
        Tasks.create(service::storage).onSuccess(show).onError(this::failed).runOn(ordered);
    }

    /** What switching to the server keeps where; stronger when the folder's own database holds data. */
    private static String toServerText(CollectorStorage storage, ServerCheck checked) {
        String server = checked.server().shown();
        if (storage != null && storage.embeddedHoldsData()) {
            return Texts.get("serversettings.confirm.toServer.data", String.valueOf(storage.communes()),
                    String.valueOf(storage.packages()), server, storage.folder().toString(),
                    String.valueOf(checked.communes()), String.valueOf(checked.packages()));
        }
        return Texts.get("serversettings.confirm.toServer", server, String.valueOf(checked.communes()),
                String.valueOf(checked.packages()));
    }

    private boolean confirm(String text) {
        Alert ask = Dialogs.alert(Alert.AlertType.CONFIRMATION, text);
        ask.initOwner(stage);
        ask.getDialogPane().setId("serverSwitchConfirm");
        return ask.showAndWait().filter(b -> b.getButtonData() == ButtonType.OK.getButtonData()).isPresent();
    }

    /** The server as typed with the password, or null after saying which field to correct. */
    private ServerConnection typed() {
        try {
            return model.form().toConnection(password.getText().toCharArray());
        } catch (ServerForm.FieldException e) {
            model.finished(e.getMessage(), ServerSettingsViewModel.Tone.PROBLEM);
            switch (e.field()) {
                case HOST -> host.requestFocus();
                case PORT -> port.requestFocus();
                case DATABASE -> database.requestFocus();
                case USER -> user.requestFocus();
            }
            return null;
        }
    }

    private void failed(Throwable error) {
        if (error instanceof DomainException known) {
            model.finished(known.getMessage(), ServerSettingsViewModel.Tone.PROBLEM);
        } else {
            model.finished("", ServerSettingsViewModel.Tone.NONE);
            ErrorDialog.show(error);
        }
    }

    private static void wipe(ServerConnection server) {
        if (server.password() != null) {
            Arrays.fill(server.password(), '\0');
        }
    }
}
