package dev.steward.views.preview;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** A titled check list with a search field above it, and a problem line below it. */
final class PickListView extends VBox {

    PickListView(String title, String id, String placeholder, PickList model,
                 javafx.beans.value.ObservableStringValue problem) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        TextField search = new TextField();
        search.setPromptText("Search " + title.toLowerCase(java.util.Locale.ROOT) + "…");
        search.setId(id + "Search");
        search.textProperty().bindBidirectional(model.searchProperty());
        ListView<PickItem> list = new ListView<>(model.visible());
        list.setId(id);
        list.setCellFactory(v -> new PickCell(model));
        list.setPlaceholder(new Label(placeholder));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label problemLabel = MetricPreviewView.problemLabel(id + "Problem", problem);
        getChildren().addAll(heading, search, list, problemLabel);
        setSpacing(4);
        setPadding(new Insets(0, 0, 4, 0));
    }

    /** A check box per item; the detail in small muted text beneath, and as a tooltip. */
    private static final class PickCell extends ListCell<PickItem> {
        private final PickList model;
        private final CheckBox box = new CheckBox();
        private final Label detail = new Label();
        private final VBox content = new VBox(1, box, detail);

        PickCell(PickList model) {
            this.model = model;
            box.setMnemonicParsing(false); // names have underscores
            detail.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            // follow the list's width (long details are cut with an ellipsis, no horizontal scroll bar)
            setPrefWidth(0);
            content.setMinWidth(0);
            detail.setPadding(new Insets(0, 0, 0, 24));
            box.setOnAction(e -> {
                if (getItem() != null) {
                    model.setChecked(getItem().name(), box.isSelected());
                }
            });
            model.checked().addListener((javafx.collections.ListChangeListener<String>) c -> refreshCheck());
        }

        private void refreshCheck() {
            if (getItem() != null) {
                box.setSelected(model.isChecked(getItem().name()));
            }
        }

        @Override
        protected void updateItem(PickItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            box.setText(item.name());
            box.setSelected(model.isChecked(item.name()));
            detail.setText(item.detail());
            detail.setVisible(!item.detail().isEmpty());
            detail.setManaged(!item.detail().isEmpty());
            setTooltip(item.detail().isEmpty() ? null : new Tooltip(item.detail()));
            setGraphic(content);
        }
    }
}
