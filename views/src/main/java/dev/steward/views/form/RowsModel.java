package dev.steward.views.form;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import dev.steward.model.yaml.edit.YamlPath;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The items of one list of the contract (schema objects, properties, rules, members...) as rows.
 * Refreshing from a new text changes values in place and only adds or drops rows at the end.
 */
public final class RowsModel {
    private final YamlPath listPath;
    private final List<ColumnSpec> columns;
    private final ObservableList<FormRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FormRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);

    RowsModel(YamlPath listPath, List<ColumnSpec> columns) {
        this.listPath = listPath;
        this.columns = List.copyOf(columns);
    }

    public YamlPath listPath() {
        return listPath;
    }

    public List<ColumnSpec> columns() {
        return columns;
    }

    public ObservableList<FormRow> rows() {
        return readOnlyRows;
    }

    public ColumnSpec column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no column " + key));
    }

    void refresh(YamlNode root) {
        List<YamlNode> items = listPath.find(root).filter(YamlSequence.class::isInstance)
                .map(n -> ((YamlSequence) n).items()).orElse(List.of());
        while (rows.size() > items.size()) {
            rows.removeLast();
        }
        for (int i = 0; i < items.size(); i++) {
            if (i == rows.size()) {
                FormRow fresh = new FormRow(i, columns);
                fill(fresh, items.get(i));
                rows.add(fresh);
            } else {
                fill(rows.get(i), items.get(i));
            }
        }
    }

    private void fill(FormRow row, YamlNode item) {
        YamlMapping m = item instanceof YamlMapping map ? map : new YamlMapping(List.of(), false, item.range());
        for (int c = 0; c < columns.size(); c++) {
            row.update(c, columns.get(c).read(m));
        }
    }
}
