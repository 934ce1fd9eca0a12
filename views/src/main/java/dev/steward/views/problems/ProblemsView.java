package dev.steward.views.problems;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.steward.views.icons.SeverityIcons;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The problems panel: a filterable table; double-click or Enter opens the problem's location. */
public final class ProblemsView extends BorderPane {

    private final TableView<ProblemRow> table = new TableView<>();

    public ProblemsView(ProblemsViewModel model, Consumer<ProblemRow> onOpen) {
        getStyleClass().add("problems-view");
        setId("problemsView");

        TextField filter = new TextField();
        filter.setPromptText("Filter problems");
        filter.setId("problemsFilter");
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox.setHgrow(filter, Priority.SOMETIMES);
        filter.setPrefColumnCount(24);

        ToggleButton errors = severityToggle("problemsShowErrors", Feather.X_CIRCLE, "severity-error");
        errors.selectedProperty().bindBidirectional(model.showErrorsProperty());
        errors.textProperty().bind(counted(model.errorsProperty(), "error"));
        ToggleButton warnings = severityToggle("problemsShowWarnings", Feather.ALERT_TRIANGLE, "severity-warning");
        warnings.selectedProperty().bindBidirectional(model.showWarningsProperty());
        warnings.textProperty().bind(counted(model.warningsProperty(), "warning"));
        ToggleButton infos = severityToggle("problemsShowInfos", Feather.INFO, "severity-info");
        infos.selectedProperty().bindBidirectional(model.showInfosProperty());
        infos.textProperty().bind(counted(model.infosProperty(), "info"));

        Label title = new Label("Problems");
        title.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, errors, warnings, infos, filter);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 8, 4, 8));
        bar.getStyleClass().add("panel-header");
        setTop(bar);

        table.setId("problemsTable");
        table.getStyleClass().addAll(Styles.DENSE, Tweaks.EDGE_TO_EDGE, Styles.STRIPED);
        table.setItems(model.visibleRows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        table.setPlaceholder(new Label("No problems"));

        TableColumn<ProblemRow, ProblemRow> severity = new TableColumn<>("");
        severity.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        severity.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ProblemRow item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : SeverityIcons.of(item.diagnostic().severity()));
            }
        });
        severity.setPrefWidth(32);
        severity.setMaxWidth(36);
        severity.setMinWidth(28);
        severity.setSortable(false);

        TableColumn<ProblemRow, String> message = new TableColumn<>("Message");
        message.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().diagnostic().message()));
        message.setPrefWidth(620);
        TableColumn<ProblemRow, String> rule = new TableColumn<>("Rule");
        rule.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().diagnostic().rule()));
        rule.setPrefWidth(150);
        TableColumn<ProblemRow, String> location = new TableColumn<>("Location");
        location.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().location()));
        location.setPrefWidth(200);
        table.getColumns().setAll(java.util.List.of(severity, message, rule, location));

        table.setRowFactory(tv -> {
            TableRow<ProblemRow> row = new TableRow<>() {
                @Override
                protected void updateItem(ProblemRow item, boolean empty) {
                    super.updateItem(item, empty);
                    setTooltip(empty || item == null ? null : new javafx.scene.control.Tooltip(
                            item.diagnostic().message() + "\n[" + item.diagnostic().rule() + "] " + item.location()));
                }
            };
            row.setOnMouseClicked(e -> {
                if (!row.isEmpty() && e.getClickCount() >= 1) {
                    onOpen.accept(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            ProblemRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && selected != null) {
                onOpen.accept(selected);
                e.consume();
            }
        });
        setCenter(table);
    }

    public TableView<ProblemRow> table() {
        return table;
    }

    private static javafx.beans.binding.StringBinding counted(javafx.beans.property.ReadOnlyIntegerProperty n, String word) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> n.get() + " " + word + (n.get() == 1 ? "" : "s"), n);
    }

    private static ToggleButton severityToggle(String id, Feather icon, String styleClass) {
        FontIcon graphic = new FontIcon(icon);
        graphic.getStyleClass().addAll("severity-icon", styleClass);
        ToggleButton b = new ToggleButton("", graphic);
        b.setId(id);
        b.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, "severity-toggle");
        b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setFocusTraversable(false);
        return b;
    }
}
