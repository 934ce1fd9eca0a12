package dev.steward.views.review;

import dev.steward.model.diff.ChangeSeverity;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The change tree of the selected artifact: element levels, changes with a severity badge, the
 * consumers each breaking change reaches (expanded), and comments under their element. Selecting a
 * node tells the view-model, which scrolls the text to the change.
 */
final class ChangeTreeView extends TreeView<ChangeNode> {

    private final ReviewViewModel model;
    private boolean syncing;

    ChangeTreeView(ReviewViewModel model) {
        this.model = model;
        setId("reviewChangeTree");
        getStyleClass().add("review-change-tree");
        setShowRoot(true);
        setCellFactory(t -> new NodeCell());
        model.selection().treeProperty().addListener((o, a, tree) -> show(tree));
        getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            if (!syncing) {
                model.selection().select(item == null ? null : item.getValue());
            }
        });
        model.selection().nodeProperty().addListener((o, a, node) -> selectQuietly(node));
        show(model.selection().treeProperty().get());
    }

    private void show(ChangeNode.Group tree) {
        syncing = true;
        try {
            setRoot(tree == null ? null : item(tree));
            selectQuietly(model.selection().nodeProperty().get());
        } finally {
            syncing = false;
        }
    }

    private void selectQuietly(ChangeNode node) {
        boolean was = syncing;
        syncing = true;
        try {
            TreeItem<ChangeNode> found = node == null || getRoot() == null ? null : find(getRoot(), node);
            if (found == null) {
                getSelectionModel().clearSelection();
            } else if (getSelectionModel().getSelectedItem() != found) {
                getSelectionModel().select(found);
                scrollTo(Math.max(0, getRow(found) - 2));
            }
        } finally {
            syncing = was;
        }
    }

    private static TreeItem<ChangeNode> find(TreeItem<ChangeNode> item, ChangeNode node) {
        if (item.getValue().equals(node)) {
            return item;
        }
        for (TreeItem<ChangeNode> child : item.getChildren()) {
            TreeItem<ChangeNode> found = find(child, node);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static TreeItem<ChangeNode> item(ChangeNode node) {
        TreeItem<ChangeNode> item = new TreeItem<>(node);
        node.children().forEach(c -> item.getChildren().add(item(c)));
        // levels always open; a change opens when it breaks consumers or carries comments
        item.setExpanded(switch (node) {
            case ChangeNode.Group g -> true;
            case ChangeNode.Change c -> c.change().isBreaking()
                    || c.children().stream().anyMatch(n -> n instanceof ChangeNode.Comment);
            default -> false;
        });
        return item;
    }

    private static final class NodeCell extends TreeCell<ChangeNode> {
        @Override
        protected void updateItem(ChangeNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            setTooltip(null);
            if (empty || node == null) {
                setGraphic(null);
                return;
            }
            Label text = new Label(node.label());
            text.setMinWidth(0);
            HBox row = new HBox(6);
            row.setAlignment(Pos.CENTER_LEFT);
            switch (node) {
                case ChangeNode.Group g -> {
                    text.getStyleClass().add("review-tree-level");
                    row.getChildren().add(text);
                }
                case ChangeNode.Change c -> {
                    ChangeSeverity severity = c.change().severity();
                    row.getChildren().addAll(SeverityBadges.badge(severity, severity.id()), text);
                    setTooltip(new Tooltip(c.change().element() + " (" + c.change().rule() + ")"));
                }
                case ChangeNode.Impact i -> {
                    row.getChildren().addAll(icon(Feather.CORNER_DOWN_RIGHT, "review-impact-icon"), text);
                    text.getStyleClass().add("review-impact");
                }
                case ChangeNode.Comment c -> {
                    row.getChildren().addAll(icon(Feather.MESSAGE_SQUARE, "review-comment-icon"), text);
                    text.getStyleClass().add("review-comment");
                }
            }
            setGraphic(row);
        }

        private static FontIcon icon(Feather glyph, String styleClass) {
            FontIcon icon = new FontIcon(glyph);
            icon.getStyleClass().add(styleClass);
            return icon;
        }
    }
}
