package dev.steward.views.form;

import dev.steward.model.yaml.edit.YamlPath;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.ComboBox;

/** Ties an editable combo box of suggestions to the value at a path; writes when a value is picked or typed. */
public final class BoundChoice {
    private BoundChoice() {
    }

    public static ComboBox<String> create(ContractFormViewModel vm, String id, YamlPath path, List<String> choices) {
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.getItems().setAll(choices);
        combo.setEditable(true);
        combo.setMaxWidth(Double.MAX_VALUE);
        ReadOnlyStringProperty value = vm.field(path);
        combo.setValue(value.get());
        value.addListener((o, old, now) -> {
            if (!Objects.equals(combo.getValue(), now)) {
                combo.setValue(now);
            }
        });
        combo.setOnAction(e -> {
            String picked = combo.getValue() == null ? "" : combo.getValue();
            if (!picked.equals(value.get())) {
                vm.edit(path, CellKind.CHOICE, picked);
            }
        });
        return combo;
    }
}
