package vn.kehoachxa.ui.outline;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.plan.SectionNumbering.Numbered;
import vn.kehoachxa.service.OutlineService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.RevealingScreen;
import vn.kehoachxa.ui.common.RowsState;
import vn.kehoachxa.ui.common.Tasks;

/** Nội dung: the section tree with its printed numbering, the toolbar, and the heading and body editors. */
public final class OutlineController implements PlanScreen, RevealingScreen {
    private final AppContext ctx;
    private final OutlineViewModel model;
    /** The view model's FX-thread state: plan, section tree, selection, busy, undo and redo. */
    private final RowsState<Numbered> state;
    private boolean showing;

    @FXML private TreeView<Numbered> tree;
    @FXML private VBox editor;
    @FXML private Label labelPreview;
    @FXML private TextField headingField;
    @FXML private TextArea bodyArea;
    @FXML private Button addSiblingButton;
    @FXML private Button addChildButton;
    @FXML private Button moveUpButton;
    @FXML private Button moveDownButton;
    @FXML private Button indentButton;
    @FXML private Button outdentButton;
    @FXML private Button deleteButton;
    @FXML private Button undoButton;

    /** Built by the controller factory. */
    public OutlineController(AppContext ctx, OutlineService outline) {
        this.ctx = ctx;
        this.model = new OutlineViewModel(outline);
        this.state = model.state();
    }

    @FXML
    private void initialize() {
        tree.setShowRoot(false);
        tree.setCellFactory(view -> new SectionCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> select(now));
        for (Button b : List.of(addChildButton, moveUpButton, moveDownButton, indentButton, outdentButton,
                deleteButton)) {
            b.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        }
        undoButton.disableProperty().bind(state.canUndoProperty().not());
        editor.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        headingField.setOnAction(e -> saveHeading());
        headingField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveHeading();
            }
        });
        bodyArea.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                saveBody();
            }
        });
    }

    @Override
    public void showPlan(Long planId) {
        state.planIdProperty().set(planId);
        if (planId == null) {
            tree.setRoot(null);
            return;
        }
        state.started();
        Tasks.create(() -> model.open(planId)).onSuccess(sections -> {
            state.show(sections, state.selectedId());
            fill();
        }).andFinally(state::finished).runOn(ctx.executor());
    }

    /**
     * Selects section {@code id}: at once when the tree holds it, and (the id kept in the state) again when the
     * load the main window started on showing the screen finishes.
     */
    @Override
    public void reveal(long id) {
        state.selectedIdProperty().set(id);
        if (tree.getRoot() != null) {
            fill();
        }
        state.selectedIdProperty().set(id);
        tree.requestFocus();
    }

    @Override
    public void undo() {
        Long keep = state.selectedId();
        run(() -> {
            model.undoLast();
            return keep;
        });
    }

    @Override
    public void redo() {
        Long keep = state.selectedId();
        run(() -> {
            model.redoLast();
            return keep;
        });
    }

    private void select(TreeItem<Numbered> item) {
        showing = true;
        if (item == null) {
            state.selectedIdProperty().set(null);
            headingField.clear();
            bodyArea.clear();
            labelPreview.setText("");
        } else {
            Numbered n = item.getValue();
            state.selectedIdProperty().set(n.section().id());
            labelPreview.setText(n.headingLine());
            headingField.setText(n.section().heading());
            bodyArea.setText(BodyText.format(n.section().blocks()));
        }
        showing = false;
    }

    private void saveHeading() {
        Long id = state.selectedId();
        String heading = headingField.getText();
        if (!showing && id != null && heading != null && !heading.isBlank()) {
            run(() -> {
                model.rename(id, heading.strip());
                return id;
            });
        }
    }

    private void saveBody() {
        Long id = state.selectedId();
        String text = bodyArea.getText();
        if (!showing && id != null) {
            run(() -> {
                model.saveBody(id, text);
                return id;
            });
        }
    }

    /**
     * Runs an edit on the executor, then (FX thread) puts the tree read after it into the view model with
     * {@code select} (the id the edit returns) selected, and redraws.
     */
    private void run(Callable<Long> edit) {
        state.started();
        Tasks.create(() -> {
            Long select = edit.call();
            return new Result(model.tree(), select);
        }).onSuccess(result -> {
            state.show(result.tree(), result.select());
            fill();
        }).andFinally(state::finished).runOn(ctx.executor());
    }

    private record Result(List<Numbered> tree, Long select) {
    }

    private void fill() {
        List<Numbered> sections = state.rows();
        Long keep = state.selectedId();
        TreeItem<Numbered> root = new TreeItem<>();
        TreeItem<Numbered> toSelect = null;
        for (Numbered n : sections) {
            TreeItem<Numbered> item = item(n);
            root.getChildren().add(item);
        }
        tree.setRoot(root);
        if (keep != null) {
            toSelect = find(root, keep);
        }
        if (toSelect != null) {
            tree.getSelectionModel().select(toSelect);
            tree.scrollTo(Math.max(0, tree.getRow(toSelect) - 3));
        }
    }

    private static TreeItem<Numbered> item(Numbered n) {
        TreeItem<Numbered> item = new TreeItem<>(n);
        item.setExpanded(n.depth() < 3);
        n.children().forEach(c -> item.getChildren().add(item(c)));
        return item;
    }

    private static TreeItem<Numbered> find(TreeItem<Numbered> from, long id) {
        for (TreeItem<Numbered> child : from.getChildren()) {
            if (child.getValue().section().id() == id) {
                return child;
            }
            TreeItem<Numbered> inside = find(child, id);
            if (inside != null) {
                child.setExpanded(true);
                return inside;
            }
        }
        return null;
    }

    @FXML
    private void onAddSibling() {
        Long id = state.selectedId();
        run(() -> id == null ? model.addChild(null) : model.addSibling(id));
    }

    @FXML
    private void onAddChild() {
        Long id = state.selectedId();
        run(() -> model.addChild(id));
    }

    @FXML
    private void onMoveUp() {
        Long id = state.selectedId();
        run(() -> {
            model.moveUp(id);
            return id;
        });
    }

    @FXML
    private void onMoveDown() {
        Long id = state.selectedId();
        run(() -> {
            model.moveDown(id);
            return id;
        });
    }

    @FXML
    private void onIndent() {
        Long id = state.selectedId();
        run(() -> {
            model.indent(id);
            return id;
        });
    }

    @FXML
    private void onOutdent() {
        Long id = state.selectedId();
        run(() -> {
            model.outdent(id);
            return id;
        });
    }

    @FXML
    private void onDelete() {
        Long id = state.selectedId();
        run(() -> {
            model.delete(id);
            return null;
        });
    }

    @FXML
    private void onUndo() {
        undo();
    }

    /** A section line: its printed label in bold, then the heading. */
    private static final class SectionCell extends TreeCell<Numbered> {
        @Override
        protected void updateItem(Numbered item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Label label = new Label(item.label());
            label.getStyleClass().add("section-label");
            setGraphic(item.label().isEmpty() ? null : label);
            setText(item.section().heading());
        }
    }
}
