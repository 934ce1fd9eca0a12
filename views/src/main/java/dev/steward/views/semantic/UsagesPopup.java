package dev.steward.views.semantic;

import dev.steward.model.semantic.navigation.SymbolOccurrence;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * The usages of a symbol as a list under the caret: "file:line  text of the line", the definition
 * marked. Enter or a click opens one; Esc closes.
 */
final class UsagesPopup {
    private static final double ROW_HEIGHT = 24;

    private final Popup popup = new Popup();
    private final Label title = new Label();
    private final ListView<SymbolOccurrence> list = new ListView<>();
    private Consumer<SymbolOccurrence> onOpen = o -> { };

    UsagesPopup(String stylesheet, Function<SymbolOccurrence, String> describe) {
        list.getStyleClass().add("usages-list");
        list.setId("usagesList");
        list.setPrefWidth(560);
        list.setFixedCellSize(ROW_HEIGHT);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SymbolOccurrence item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : describe.apply(item));
            }
        });
        list.setOnMouseClicked(e -> open());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        title.getStyleClass().add("symbol-title");
        VBox box = new VBox(4, title, list);
        box.getStyleClass().addAll("diagnostic-hover", "symbol-hover");
        box.getStylesheets().add(stylesheet);
        popup.getContent().add(box);
        popup.setAutoHide(true);
    }

    void show(Node owner, double screenX, double screenY, String heading, List<SymbolOccurrence> usages,
              Consumer<SymbolOccurrence> open) {
        this.onOpen = open;
        title.setText(heading);
        list.getItems().setAll(usages);
        list.getSelectionModel().selectFirst();
        list.setPrefHeight(Math.min(usages.size(), 10) * ROW_HEIGHT + 2);
        popup.show(owner, screenX, screenY);
        list.requestFocus();
    }

    private void open() {
        SymbolOccurrence selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            popup.hide();
            onOpen.accept(selected);
        }
    }

    boolean isShowing() {
        return popup.isShowing();
    }

    List<SymbolOccurrence> items() {
        return List.copyOf(list.getItems());
    }

    ListView<SymbolOccurrence> list() {
        return list;
    }

    Popup popup() {
        return popup;
    }
}
