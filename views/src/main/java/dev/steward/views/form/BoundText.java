package dev.steward.views.form;

import dev.steward.model.yaml.edit.YamlPath;
import javafx.beans.value.ChangeListener;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;

/**
 * Ties a text field or area to the value at a path. Shows the value when the text changes (without
 * touching the control when it already shows it, so the caret stays), writes on Enter (fields) or
 * when focus leaves, and goes back to the stored value on Escape. The path can change, for fields
 * of the selected schema object or server.
 */
public final class BoundText {
    private final ContractFormViewModel vm;
    private final TextInputControl control;
    private final CellKind kind;
    private final ChangeListener<String> onValue;
    private ReadOnlyStringProperty value;
    private YamlPath path;

    BoundText(ContractFormViewModel vm, TextInputControl control, CellKind kind, YamlPath path) {
        this.vm = vm;
        this.control = control;
        this.kind = kind;
        this.onValue = (o, old, now) -> show(now);
        if (control instanceof javafx.scene.control.TextField f) {
            f.setOnAction(e -> commit());
        }
        control.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        control.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && value != null) {
                control.setText(value.get());
            } else if (e.getCode() == KeyCode.ENTER && e.isShortcutDown() && control instanceof TextArea) {
                commit();
            }
        });
        setPath(path);
    }

    public static BoundText field(ContractFormViewModel vm, TextInputControl control, String id, YamlPath path) {
        control.setId(id);
        return new BoundText(vm, control, CellKind.TEXT, path);
    }

    TextInputControl control() {
        return control;
    }

    void setPath(YamlPath newPath) {
        if (value != null) {
            value.removeListener(onValue);
        }
        path = newPath;
        value = newPath == null ? null : vm.field(newPath);
        control.setDisable(newPath == null);
        if (value != null) {
            value.addListener(onValue);
            show(value.get());
        } else {
            show("");
        }
    }

    private void show(String text) {
        if (!control.getText().equals(text)) {
            control.setText(text);
        }
    }

    void commit() {
        if (path != null && !control.getText().equals(value.get())) {
            vm.edit(path, kind, control.getText());
        }
    }
}
