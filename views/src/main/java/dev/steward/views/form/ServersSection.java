package dev.steward.views.form;

import dev.steward.model.yaml.edit.YamlPath;
import dev.steward.model.yaml.edit.YamlValue;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Where the data lives: one row per server, and the connection fields of the selected server's type. */
final class ServersSection {
    private final ContractFormViewModel vm;
    private final ListSection servers;
    private final VBox details = new VBox(8);
    private String shown = "";

    private ServersSection(ContractFormViewModel vm) {
        this.vm = vm;
        servers = new ListSection(vm, "formServersTable", "All servers", vm.servers(), "No servers yet: add one with +",
                () -> YamlValue.strings("server", ContractFormViewModel.freeName(vm.servers(), "server", "new_server"),
                        "type", "postgres", "environment", "dev"));
    }

    static Node build(ContractFormViewModel vm) {
        return new ServersSection(vm).layout();
    }

    private Node layout() {
        var table = servers.table().table();
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showDetails());
        vm.revisionProperty().addListener((o, a, b) -> showDetails());
        VBox page = FormLayout.page("Servers", "The systems that hold the data, per environment.");
        table.setPrefHeight(170);
        table.setMinHeight(120);
        page.getChildren().addAll(servers.bar(), table, details);
        VBox.setVgrow(table, Priority.NEVER);
        if (!table.getItems().isEmpty()) {
            table.getSelectionModel().select(0);
        }
        showDetails();
        return page;
    }

    /** Rebuilds the connection fields only when the selected server or its type changed. */
    private void showDetails() {
        int index = servers.table().selectedIndex();
        FormRow row = index < 0 ? null : vm.servers().rows().get(index);
        String key = row == null ? "none" : index + "/" + row.value("server") + "/" + row.value("type");
        if (key.equals(shown)) {
            return;
        }
        shown = key;
        details.getChildren().clear();
        if (row == null) {
            Label none = new Label("Select a server to edit its connection.");
            none.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
            details.getChildren().add(none);
            return;
        }
        GridPane grid = FormLayout.grid();
        YamlPath server = vm.servers().listPath().index(index);
        for (ColumnSpec f : ServerFields.forType(row.value("type"))) {
            TextField t = new TextField();
            t.setId("formServer" + Character.toUpperCase(f.key().charAt(0)) + f.key().substring(1));
            new BoundText(vm, t, f.kind(), server.key(f.key()));
            FormLayout.row(grid, f.title(), t);
        }
        grid.setMaxWidth(860);
        String type = row.value("type").isEmpty() ? "no type set" : row.value("type");
        details.getChildren().addAll(FormLayout.subheading("Connection of " + row.value("server") + " (" + type + ")"), grid);
    }
}
