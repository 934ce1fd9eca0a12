package dev.steward.views.preview;

import dev.steward.model.preview.QueryResult;
import dev.steward.model.query.ResultColumn;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The rows of a {@link QueryResult}: one column per group-by and metric; numbers right-aligned. */
final class ResultTable extends TableView<List<Object>> {

    ResultTable() {
        setId("previewTable");
        setPlaceholder(new Label("Pick metrics and press Run"));
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    }

    void show(QueryResult result) {
        getColumns().clear();
        if (result == null) {
            getItems().clear();
            setPlaceholder(new Label("No rows to show"));
            return;
        }
        for (int i = 0; i < result.columns().size(); i++) {
            ResultColumn c = result.columns().get(i);
            TableColumn<List<Object>, String> column = new TableColumn<>(c.name());
            int index = i;
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(text(row.getValue().get(index))));
            if (c.role() == ResultColumn.Role.METRIC) {
                column.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
            column.setPrefWidth(Math.max(110, c.name().length() * 8 + 24));
            getColumns().add(column);
        }
        setItems(FXCollections.observableArrayList(result.rows()));
        setPlaceholder(new Label("The query returned no rows"));
    }

    /** Dates in ISO form, decimals to at most four places, nothing for null. */
    static String text(Object v) {
        return switch (v) {
            case null -> "";
            case BigDecimal d -> d.setScale(Math.min(d.scale(), 4), RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
            case Double d when Double.isFinite(d) -> text(BigDecimal.valueOf(d));
            case Float f when Float.isFinite(f) -> text(BigDecimal.valueOf(f));
            default -> v.toString();
        };
    }
}
