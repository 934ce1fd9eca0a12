package dev.steward.views.palette;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;

/** Ctrl+Shift+P: a search field over every command; Enter runs the highlighted one. */
public final class CommandPalette {

    private final Popup popup = new Popup();
    private final TextField query = new TextField();
    private final ListView<PaletteCommand> list = new ListView<>();
    private final Supplier<List<PaletteCommand>> commands;

    public CommandPalette(Supplier<List<PaletteCommand>> commands) {
        this.commands = commands;
        query.setId("paletteQuery");
        query.setPromptText("Type a command");
        list.setId("paletteList");
        list.setPrefHeight(320);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PaletteCommand item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    setText(null);
                    return;
                }
                Label title = new Label(item.title());
                Label key = new Label(item.shortcut() == null ? "" : item.shortcut());
                key.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                HBox row = new HBox(8, title, spacer, key);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
                setText(null);
            }
        });
        query.textProperty().addListener((o, a, b) -> refresh());
        query.setOnKeyPressed(e -> {
            switch (e.getCode()) {
                case DOWN -> {
                    list.getSelectionModel().selectNext();
                    e.consume();
                }
                case UP -> {
                    list.getSelectionModel().selectPrevious();
                    e.consume();
                }
                case ENTER -> {
                    runSelected();
                    e.consume();
                }
                case ESCAPE -> {
                    popup.hide();
                    e.consume();
                }
                default -> {
                }
            }
        });
        list.setOnMouseClicked(e -> runSelected());
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                runSelected();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        VBox box = new VBox(6, query, list);
        box.setPadding(new Insets(8));
        box.setPrefWidth(560);
        box.getStyleClass().add("command-palette");
        BorderPane frame = new BorderPane(box);
        frame.getStyleClass().add("command-palette-frame");
        popup.getContent().add(frame);
        popup.setAutoHide(true);
    }

    public void show(Node anchor) {
        query.clear();
        refresh();
        Window w = anchor.getScene().getWindow();
        popup.show(w, w.getX() + (w.getWidth() - 560) / 2, w.getY() + 80);
        query.requestFocus();
    }

    public boolean isShowing() {
        return popup.isShowing();
    }

    private void refresh() {
        list.getItems().setAll(CommandMatcher.rank(commands.get(), query.getText()));
        list.getSelectionModel().selectFirst();
    }

    private void runSelected() {
        PaletteCommand c = list.getSelectionModel().getSelectedItem();
        if (c != null) {
            popup.hide();
            c.action().run();
        }
    }
}
