package vn.kehoachxa.ui.find;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanHit;
import vn.kehoachxa.service.PlanSearch;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.WrappingListCell;

/**
 * Tìm trong kế hoạch (Ctrl+F): a field, the accent option and the hits ("Mục II.3 › …", "Chỉ tiêu 5 › …"). The
 * search runs on the ordered executor as the official types (a short pause first) and on Enter; Enter or a double
 * click opens the chosen hit (the first when none is chosen) and hides the window, which keeps query and hits for
 * the next Ctrl+F.
 */
public final class FindDialog {
    /** How long typing pauses before the search runs. */
    private static final Duration PAUSE = Duration.millis(250);
    private final AppContext ctx;
    private final PlanSearch search;
    private final Consumer<PlanHit> opener;
    private final Stage stage = new Stage();
    private final TextField field = new TextField();
    private final CheckBox ignoreAccents = new CheckBox(Texts.get("find.ignoreAccents"));
    private final Label status = new Label();
    private final ListView<PlanHit> results = new ListView<>();
    private final PauseTransition typing = new PauseTransition(PAUSE);
    /** The query and option the shown hits are for; null when none are. */
    private String shownFor;
    private int sequence;
    private boolean openWhenFound;

    /** A find window over {@code owner}; {@code opener} shows a chosen hit. */
    public FindDialog(AppContext ctx, PlanSearch search, Window owner, Consumer<PlanHit> opener) {
        this.ctx = ctx;
        this.search = search;
        this.opener = opener;
        stage.initOwner(owner);
        stage.initModality(Modality.NONE);
        stage.setTitle(Texts.get("find.title"));
        stage.setScene(new Scene(content(), 620, 440));
        stage.getScene().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                stage.hide();
            }
        });
        ctx.currentPlanIdProperty().addListener((obs, old, now) -> {
            shownFor = null;
            results.getItems().clear();
            status.setText("");
        });
    }

    private Parent content() {
        Label label = new Label(Texts.get("find.field"));
        label.setLabelFor(field);
        field.setId("findField");
        field.setPromptText(Texts.get("find.prompt"));
        ignoreAccents.setId("findIgnoreAccents");
        ignoreAccents.setSelected(true);
        status.setId("findStatus");
        status.setWrapText(true);
        results.setId("findResults");
        results.setPlaceholder(new Label(Texts.get("find.placeholder")));
        results.setCellFactory(list -> new WrappingListCell<>(h -> h.where() + " › " + h.excerpt()));
        VBox.setVgrow(results, Priority.ALWAYS);

        typing.setOnFinished(e -> runSearch());
        field.textProperty().addListener((obs, old, now) -> typing.playFromStart());
        ignoreAccents.selectedProperty().addListener((obs, old, now) -> runSearch());
        field.setOnAction(e -> openChosen());
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                openChosen();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openChosen();
            }
        });

        Button open = new Button(Texts.get("find.open"));
        open.setId("findOpen");
        open.setOnAction(e -> openChosen());
        Button close = new Button(Buttons.CLOSE.getText());
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        ButtonBar bar = new ButtonBar();
        ButtonBar.setButtonData(open, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(close, ButtonBar.ButtonData.CANCEL_CLOSE);
        bar.getButtons().addAll(open, close);

        VBox box = new VBox(8, label, field, ignoreAccents, status, results, bar);
        box.setPadding(new Insets(12));
        box.getStyleClass().add("find-dialog");
        return box;
    }

    /** Shows the window with the field ready for a new query (the last one selected). */
    public void show() {
        stage.show();
        stage.toFront();
        field.requestFocus();
        field.selectAll();
    }

    /** The window (tests look into it). */
    public Stage stage() {
        return stage;
    }

    private String key() {
        return ignoreAccents.isSelected() + "|" + field.getText();
    }

    private void runSearch() {
        typing.stop();
        Long planId = ctx.currentPlanId();
        String query = field.getText();
        String key = key();
        int mine = ++sequence;
        if (planId == null) {
            status.setText(Texts.get("find.noPlan"));
            return;
        }
        boolean plain = ignoreAccents.isSelected();
        Tasks.create(() -> search.find(planId, query, plain)).onSuccess(hits -> {
            if (mine == sequence) {
                show(hits, query, key);
            }
        }).runOn(ctx.executor());
    }

    private void show(List<PlanHit> hits, String query, String key) {
        shownFor = key;
        results.getItems().setAll(hits);
        if (!hits.isEmpty()) {
            results.getSelectionModel().selectFirst();
            results.scrollTo(0);
        }
        status.setText(query.isBlank() ? "" : hits.isEmpty() ? Texts.get("find.none", query.strip())
                : hits.size() >= PlanSearch.MAX_HITS ? Texts.get("find.count.max", PlanSearch.MAX_HITS)
                : Texts.get("find.count", hits.size()));
        if (openWhenFound) {
            openWhenFound = false;
            openChosen();
        }
    }

    /** Opens the chosen hit; when the hits are not yet those of the field, searches first and then opens. */
    private void openChosen() {
        if (!key().equals(shownFor)) {
            openWhenFound = true;
            runSearch();
            return;
        }
        PlanHit hit = results.getSelectionModel().getSelectedItem();
        if (hit == null && !results.getItems().isEmpty()) {
            hit = results.getItems().getFirst();
        }
        if (hit != null) {
            stage.hide();
            opener.accept(hit);
        }
    }
}
