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
import vn.kehoachxa.ui.common.HistoryState;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;

/** Nội dung: the section tree with its printed numbering, the toolbar, and the heading and body editors. */
public final class OutlineController implements PlanScreen {
    private final AppContext ctx;
    private final OutlineViewModel model;
    private final HistoryState history;
    private Long selectedId;
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
        this.history = new HistoryState(model.history());
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
        undoButton.disableProperty().bind(history.canUndoProperty().not());
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
        if (planId == null) {
            tree.setRoot(null);
            return;
        }
        Tasks.create(() -> model.open(planId)).onSuccess(this::fill).andFinally(history::refresh)
                .runOn(ctx.executor());
    }

    @Override
    public void undo() {
        run(() -> {
            model.undoLast();
            return selectedId;
        });
    }

    @Override
    public void redo() {
        run(() -> {
            model.redoLast();
            return selectedId;
        });
    }

    private void select(TreeItem<Numbered> item) {
        showing = true;
        if (item == null) {
            selectedId = null;
            headingField.clear();
            bodyArea.clear();
            labelPreview.setText("");
        } else {
            Numbered n = item.getValue();
            selectedId = n.section().id();
            labelPreview.setText(n.headingLine());
            headingField.setText(n.section().heading());
            bodyArea.setText(BodyText.format(n.section().blocks()));
        }
        showing = false;
    }

    private void saveHeading() {
        Long id = selectedId;
        String heading = headingField.getText();
        if (!showing && id != null && heading != null && !heading.isBlank()) {
            run(() -> {
                model.rename(id, heading.strip());
                return id;
            });
        }
    }

    private void saveBody() {
        Long id = selectedId;
        String text = bodyArea.getText();
        if (!showing && id != null) {
            run(() -> {
                model.saveBody(id, text);
                return id;
            });
        }
    }

    /** Runs an edit on the executor, then redraws the tree with {@code select} (the id it returns) selected. */
    private void run(Callable<Long> edit) {
        Tasks.create(() -> {
            Long select = edit.call();
            return new Result(model.tree(), select);
        }).onSuccess(result -> {
            selectedId = result.select();
            fill(result.tree());
        }).andFinally(history::refresh).runOn(ctx.executor());
    }

    private record Result(List<Numbered> tree, Long select) {
    }

    private void fill(List<Numbered> sections) {
        Long keep = selectedId;
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
        Long id = selectedId;
        run(() -> id == null ? model.addChild(null) : model.addSibling(id));
    }

    @FXML
    private void onAddChild() {
        Long id = selectedId;
        run(() -> model.addChild(id));
    }

    @FXML
    private void onMoveUp() {
        Long id = selectedId;
        run(() -> {
            model.moveUp(id);
            return id;
        });
    }

    @FXML
    private void onMoveDown() {
        Long id = selectedId;
        run(() -> {
            model.moveDown(id);
            return id;
        });
    }

    @FXML
    private void onIndent() {
        Long id = selectedId;
        run(() -> {
            model.indent(id);
            return id;
        });
    }

    @FXML
    private void onOutdent() {
        Long id = selectedId;
        run(() -> {
            model.outdent(id);
            return id;
        });
    }

    @FXML
    private void onDelete() {
        Long id = selectedId;
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
