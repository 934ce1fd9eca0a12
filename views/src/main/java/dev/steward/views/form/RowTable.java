package dev.steward.views.form;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.util.converter.DefaultStringConverter;

/**
 * An editable table over a {@link RowsModel}. Each committed cell becomes one form edit; rows are
 * updated in place by the model, so selection and scroll position survive the round trip through
 * the text.
 */
public final class RowTable {
    private final ContractFormViewModel vm;
    private final TableView<FormRow> table = new TableView<>();
    private RowsModel model;

    RowTable(ContractFormViewModel vm, String id, java.util.List<ColumnSpec> columns, RowsModel model, String emptyText) {
        this.vm = vm;
        table.setId(id);
        table.setEditable(true);
        table.getStyleClass().addAll(Styles.DENSE, Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        // few columns fill the width; many keep their widths and scroll sideways instead of being squashed
        double total = columns.stream().mapToDouble(ColumnSpec::width).sum();
        table.setColumnResizePolicy(total < 760 ? TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN
                : TableView.UNCONSTRAINED_RESIZE_POLICY);
        Label placeholder = new Label(emptyText);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        table.setPlaceholder(placeholder);
        for (ColumnSpec spec : columns) {
            table.getColumns().add(column(spec));
        }
        setModel(model);
    }

    public TableView<FormRow> table() {
        return table;
    }

    public RowsModel model() {
        return model;
    }

    /** Shows another list with the same columns (the properties of another schema object). */
    void setModel(RowsModel newModel) {
        if (newModel == model) {
            return;
        }
        model = newModel;
        table.setItems(newModel == null ? FXCollections.observableArrayList() : newModel.rows());
    }

    public int selectedIndex() {
        FormRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? -1 : row.index();
    }

    private TableColumn<FormRow, String> column(ColumnSpec spec) {
        TableColumn<FormRow, String> col = new TableColumn<>(spec.title());
        col.setId(spec.key());
        col.setPrefWidth(spec.width());
        col.setMinWidth(Math.min(spec.width(), 40));
        col.setSortable(false);
        col.setCellValueFactory(cd -> cd.getValue().valueProperty(spec));
        switch (spec.kind()) {
            case BOOLEAN -> col.setCellFactory(c -> new CheckCell(spec));
            case CHOICE, OPERATOR -> {
                var items = FXCollections.observableArrayList(spec.choices());
                col.setCellFactory(c -> {
                    ComboBoxTableCell<FormRow, String> cell = new ComboBoxTableCell<>(items);
                    cell.setComboBoxEditable(spec.kind() == CellKind.CHOICE);
                    return cell;
                });
            }
            default -> col.setCellFactory(c -> new TextCell());
        }
        col.setOnEditCommit(e -> commit(e.getRowValue(), spec, e.getNewValue() == null ? "" : e.getNewValue()));
        return col;
    }

    private void commit(FormRow row, ColumnSpec spec, String text) {
        vm.editCell(model, row, spec, text);
        if (!row.valueProperty(spec).get().equals(text.strip())) {
            table.refresh(); // refused or normalised: show what the text really holds
        }
    }

    /** A text cell that also commits when focus leaves it, not only on Enter: a click elsewhere keeps the typing. */
    private static final class TextCell extends TextFieldTableCell<FormRow, String> {
        private boolean listening;

        TextCell() {
            super(new DefaultStringConverter());
        }

        @Override
        public void startEdit() {
            super.startEdit();
            if (!listening && isEditing() && getGraphic() instanceof TextField field) {
                listening = true; // the cell reuses its text field across edits
                field.focusedProperty().addListener((o, was, is) -> {
                    if (!is && isEditing()) {
                        commitEdit(field.getText());
                    }
                });
            }
        }
    }

    /** A check box that writes true/false at once. */
    private final class CheckCell extends TableCell<FormRow, String> {
        private final CheckBox box = new CheckBox();
        CheckCell(ColumnSpec spec) {
            box.setOnAction(e -> {
                FormRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null) {
                    commit(row, spec, Boolean.toString(box.isSelected()));
                }
            });
            setAlignment(javafx.geometry.Pos.CENTER);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || getTableRow() == null || getTableRow().getItem() == null) {
                setGraphic(null);
            } else {
                box.setSelected("true".equals(item));
                box.setIndeterminate(false);
                setGraphic(box);
            }
        }
    }
}
