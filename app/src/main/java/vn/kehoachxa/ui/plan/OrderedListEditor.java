package vn.kehoachxa.ui.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.ui.common.FieldCaptions;
import vn.kehoachxa.ui.common.WrappingListCell;

/**
 * An ordered list the user edits in place — the basis documents (căn cứ), the recipients (nơi nhận): pick a row to
 * load it into the fields, then add, replace, remove, move up or down. Every change hands the whole new list to
 * {@code onChange}, which saves it.
 */
final class OrderedListEditor<T> extends VBox {
    private final ListView<T> list = new ListView<>();
    private final List<TextField> fields;
    private final Function<List<String>, T> build;
    private final Function<T, List<String>> parts;
    private final Consumer<List<T>> onChange;

    /**
     * {@code id} prefixes the node ids ({@code basisList}, {@code basisAdd}, …); {@code build} makes an item from the
     * fields' texts (null when the first field is blank); {@code parts} splits an item back into the fields.
     */
    OrderedListEditor(String id, Function<T, String> display, List<TextField> fields,
                      Function<List<String>, T> build, Function<T, List<String>> parts, Consumer<List<T>> onChange) {
        super(6);
        this.fields = List.copyOf(fields);
        this.build = build;
        this.parts = parts;
        this.onChange = onChange;
        list.setId(id + "List");
        list.setPrefHeight(150);
        list.setPlaceholder(new javafx.scene.control.Label(Texts.get("placeholder.list")));
        list.setCellFactory(l -> new WrappingListCell<T>(display) {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                if (!empty && item != null && getGraphic() instanceof javafx.scene.text.Text text) {
                    text.setText((getIndex() + 1) + ". " + displayed(item));
                }
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                List<String> texts = parts.apply(now);
                for (int i = 0; i < this.fields.size(); i++) {
                    this.fields.get(i).setText(i < texts.size() && texts.get(i) != null ? texts.get(i) : "");
                }
            }
        });
        HBox inputs = new HBox(6);
        inputs.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        // A field named in its properties (FieldCaptions.CAPTION) shows the name above it.
        for (TextField field : this.fields) {
            Object caption = field.getProperties().get(FieldCaptions.CAPTION);
            inputs.getChildren().add(caption == null ? field : FieldCaptions.captioned(caption.toString(), field));
        }
        HBox.setHgrow(inputs.getChildren().getFirst(), Priority.ALWAYS);
        var selected = list.getSelectionModel().selectedIndexProperty();
        Button add = button(id + "Add", "planinfo.list.add", "mdi2p-plus", this::add);
        Button replace = button(id + "Replace", "planinfo.list.replace", "mdi2p-pencil-outline", this::replace);
        Button remove = button(id + "Remove", "planinfo.list.remove", "mdi2d-delete-outline", this::remove);
        Button up = button(id + "Up", "planinfo.list.up", "mdi2a-arrow-up", () -> move(-1));
        Button down = button(id + "Down", "planinfo.list.down", "mdi2a-arrow-down", () -> move(1));
        replace.disableProperty().bind(selected.lessThan(0));
        remove.disableProperty().bind(selected.lessThan(0));
        up.disableProperty().bind(selected.lessThan(1));
        down.disableProperty().bind(selected.lessThan(0).or(selected.greaterThanOrEqualTo(
                javafx.beans.binding.Bindings.size(list.getItems()).subtract(1))));
        HBox buttons = new HBox(6, add, replace, remove, up, down);
        buttons.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(list, inputs, buttons);
    }

    /** Shows {@code items} (after a load or an undo), keeping the selected row where it can. */
    void show(List<T> items) {
        int at = list.getSelectionModel().getSelectedIndex();
        list.getItems().setAll(items);
        if (at >= 0 && at < items.size()) {
            list.getSelectionModel().select(at);
        }
    }

    private Button button(String id, String key, String icon, Runnable action) {
        Button b = new Button(Texts.get(key), new FontIcon(icon));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private T typed() {
        return build.apply(fields.stream().map(TextField::getText).toList());
    }

    private void add() {
        T item = typed();
        if (item == null) {
            fields.getFirst().requestFocus();
            return;
        }
        List<T> items = new ArrayList<>(list.getItems());
        int at = list.getSelectionModel().getSelectedIndex();
        int index = at < 0 ? items.size() : at + 1;
        items.add(index, item);
        change(items, index);
    }

    private void replace() {
        T item = typed();
        int at = list.getSelectionModel().getSelectedIndex();
        if (item != null && at >= 0) {
            List<T> items = new ArrayList<>(list.getItems());
            items.set(at, item);
            change(items, at);
        }
    }

    private void remove() {
        int at = list.getSelectionModel().getSelectedIndex();
        if (at >= 0) {
            List<T> items = new ArrayList<>(list.getItems());
            items.remove(at);
            change(items, Math.min(at, items.size() - 1));
        }
    }

    private void move(int by) {
        int at = list.getSelectionModel().getSelectedIndex();
        int to = at + by;
        if (at >= 0 && to >= 0 && to < list.getItems().size()) {
            List<T> items = new ArrayList<>(list.getItems());
            items.add(to, items.remove(at));
            change(items, to);
        }
    }

    private void change(List<T> items, int select) {
        list.getItems().setAll(items);
        if (select >= 0) {
            list.getSelectionModel().select(select);
        }
        fields.forEach(TextField::clear);
        onChange.accept(List.copyOf(items));
    }
}
