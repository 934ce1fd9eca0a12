package dev.steward.views.form;

import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One list item shown as a table row. A row stands for a position in the list and is updated in
 * place when the text changes, so tables keep their selection and focus across a form edit.
 */
public final class FormRow {
    private final int index;
    private final List<ColumnSpec> columns;
    private final ReadOnlyStringWrapper[] values;

    FormRow(int index, List<ColumnSpec> columns) {
        this.index = index;
        this.columns = columns;
        this.values = new ReadOnlyStringWrapper[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = new ReadOnlyStringWrapper(this, columns.get(i).key(), "");
        }
    }

    /** The position of the item in its list. */
    public int index() {
        return index;
    }

    public ReadOnlyStringProperty valueProperty(ColumnSpec column) {
        return values[columnIndex(column)].getReadOnlyProperty();
    }

    public String value(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return values[i].get();
            }
        }
        throw new IllegalArgumentException("no column " + key);
    }

    void update(int column, String value) {
        if (!values[column].get().equals(value)) {
            values[column].set(value);
        }
    }

    private int columnIndex(ColumnSpec column) {
        int i = columns.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column.key());
        }
        return i;
    }

    @Override
    public String toString() {
        return "row " + index + " " + java.util.Arrays.stream(values).map(ReadOnlyStringWrapper::get).toList();
    }
}
