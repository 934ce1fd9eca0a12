package dev.steward.views.form;

import atlantafx.base.theme.Styles;
import dev.steward.model.yaml.edit.YamlPath;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The schema objects of the contract, and the fields and properties of the selected one. */
final class SchemaSection {
    private final ContractFormViewModel vm;
    private final ListView<FormRow> objects = new ListView<>();
    private final BoundText name;
    private final BoundText physicalName;
    private final BoundText physicalType;
    private final BoundText description;
    private final RowTable properties;

    private SchemaSection(ContractFormViewModel vm) {
        this.vm = vm;
        name = BoundText.field(vm, new TextField(), "formObjectName", null);
        physicalName = BoundText.field(vm, new TextField(), "formObjectPhysicalName", null);
        physicalType = BoundText.field(vm, new TextField(), "formObjectPhysicalType", null);
        description = BoundText.field(vm, new TextField(), "formObjectDescription", null);
        properties = new RowTable(vm, "formPropertiesTable", ContractFormViewModel.PROPERTY_COLUMNS, null,
                "No properties yet: add one with +");
    }

    static Node build(ContractFormViewModel vm) {
        return new SchemaSection(vm).layout();
    }

    private Node layout() {
        objects.setId("formSchemaList");
        objects.setItems(vm.schemaObjects().rows());
        objects.getStyleClass().add(Styles.DENSE);
        objects.setCellFactory(l -> new ObjectCell());
        objects.getSelectionModel().selectedIndexProperty().addListener((o, a, now) -> {
            if (now.intValue() >= 0) {
                vm.selectedSchemaProperty().set(now.intValue());
            }
        });
        vm.selectedSchemaProperty().addListener((o, a, now) -> showObject(now.intValue()));
        Button add = FormLayout.iconButton(Feather.PLUS, "Add a schema object", "formAddObject");
        add.setOnAction(e -> vm.addSchemaObject());
        Button remove = FormLayout.iconButton(Feather.TRASH_2, "Remove the selected schema object", "formRemoveObject");
        remove.setOnAction(e -> {
            int i = vm.selectedSchemaProperty().get();
            if (i >= 0) {
                vm.removeItem(ContractFormViewModel.SCHEMA, i);
            }
        });
        remove.disableProperty().bind(vm.selectedSchemaProperty().lessThan(0));
        VBox left = new VBox(8, FormLayout.bar("Objects", add, remove), objects);
        VBox.setVgrow(objects, Priority.ALWAYS);
        left.setMinWidth(150);
        left.setPrefWidth(190);
        left.setMaxWidth(280);
        left.setPadding(new javafx.geometry.Insets(0, 10, 0, 0));
        SplitPane.setResizableWithParent(left, false);

        GridPane grid = FormLayout.grid();
        FormLayout.row(grid, "Name", control(name));
        FormLayout.row(grid, "Physical name", control(physicalName));
        FormLayout.row(grid, "Physical type", control(physicalType));
        FormLayout.row(grid, "Description", control(description));
        Button addProp = FormLayout.iconButton(Feather.PLUS, "Add a property", "formAddProperty");
        addProp.setOnAction(e -> vm.addProperty(vm.selectedSchemaProperty().get()));
        Button removeProp = FormLayout.iconButton(Feather.TRASH_2, "Remove the selected property", "formRemoveProperty");
        removeProp.setOnAction(e -> {
            int i = properties.selectedIndex();
            if (i >= 0 && properties.model() != null) {
                vm.removeItem(properties.model().listPath(), i);
            }
        });
        removeProp.disableProperty().bind(properties.table().getSelectionModel().selectedItemProperty().isNull());
        addProp.disableProperty().bind(vm.selectedSchemaProperty().lessThan(0));
        properties.table().getSelectionModel().selectedItemProperty().addListener((o, a, row) ->
                vm.selectedPropertyProperty().set(row == null ? -1 : row.index()));
        VBox right = new VBox(10, grid, FormLayout.bar("Properties", addProp, removeProp), properties.table());
        right.setPadding(new javafx.geometry.Insets(0, 0, 0, 12));
        VBox.setVgrow(properties.table(), Priority.ALWAYS);

        VBox page = FormLayout.page("Schema", "Tables, views or topics, and their columns. Double-click a cell to edit it.");
        SplitPane split = new SplitPane(left, right);
        split.setDividerPositions(0.2);
        VBox.setVgrow(split, Priority.ALWAYS);
        page.getChildren().add(split);
        showObject(vm.selectedSchemaProperty().get());
        return page;
    }

    private static Node control(BoundText bound) {
        return bound.control();
    }

    private void showObject(int index) {
        if (objects.getSelectionModel().getSelectedIndex() != index) {
            objects.getSelectionModel().select(index);
        }
        YamlPath object = index < 0 ? null : ContractFormViewModel.SCHEMA.index(index);
        name.setPath(object == null ? null : object.key("name"));
        physicalName.setPath(object == null ? null : object.key("physicalName"));
        physicalType.setPath(object == null ? null : object.key("physicalType"));
        description.setPath(object == null ? null : object.key("description"));
        properties.setModel(index < 0 ? null : vm.properties(index));
    }

    /** Shows the live name of a schema object. */
    private static final class ObjectCell extends ListCell<FormRow> {
        private final FontIcon icon = new FontIcon(Feather.GRID);

        @Override
        protected void updateItem(FormRow row, boolean empty) {
            super.updateItem(row, empty);
            textProperty().unbind();
            if (empty || row == null) {
                setText(null);
                setGraphic(null);
            } else {
                textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
                    String n = row.value("name");
                    return n.isEmpty() ? "(unnamed)" : n;
                }, row.valueProperty(ContractFormViewModel.SCHEMA_COLUMNS.getFirst())));
                setGraphic(icon);
            }
        }
    }
}
