package dev.steward.views.form;

import dev.steward.model.yaml.edit.YamlValue;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;

/** A table of list items with add and remove buttons: SLA properties, servers, team members, rules. */
public final class ListSection {
    private final RowTable table;
    private final HBox bar;

    public ListSection(ContractFormViewModel vm, String id, String title, RowsModel model, String emptyText, Supplier<YamlValue> newItem) {
        table = new RowTable(vm, id, model.columns(), model, emptyText);
        Button add = FormLayout.iconButton(Feather.PLUS, "Add", id + "Add");
        add.setOnAction(e -> {
            int before = table.model().rows().size();
            vm.addItem(table.model().listPath(), newItem.get());
            if (table.model().rows().size() > before) {
                table.table().getSelectionModel().select(before);
            }
        });
        Button remove = FormLayout.iconButton(Feather.TRASH_2, "Remove the selected row", id + "Remove");
        remove.setOnAction(e -> {
            int i = table.selectedIndex();
            if (i >= 0) {
                vm.removeItem(table.model().listPath(), i);
            }
        });
        remove.disableProperty().bind(table.table().getSelectionModel().selectedItemProperty().isNull());
        bar = FormLayout.bar(title, add, remove);
    }

    public RowTable table() {
        return table;
    }

    public HBox bar() {
        return bar;
    }
}
