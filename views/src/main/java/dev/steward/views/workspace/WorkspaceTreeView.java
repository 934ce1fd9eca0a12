package dev.steward.views.workspace;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The workspace tree: artifacts grouped by kind, each shown with its declared name, file and problem badge. */
public final class WorkspaceTreeView extends BorderPane {

    /** A tree row: a group header or a file. */
    sealed interface Item permits GroupItem, FileItem {
    }

    record GroupItem(String title, int count) implements Item {
    }

    record FileItem(WorkspaceEntry entry) implements Item {
    }

    private final TreeView<Item> tree = new TreeView<>();

    public WorkspaceTreeView(WorkspaceTreeViewModel model, Consumer<WorkspaceEntry> onOpen) {
        setId("workspaceTree");
        getStyleClass().add("workspace-tree");
        Label title = new Label();
        title.textProperty().bind(model.workspaceNameProperty());
        title.getStyleClass().add(Styles.TEXT_BOLD);
        TextField filter = new TextField();
        filter.setPromptText("Filter files");
        filter.setId("workspaceFilter");
        filter.textProperty().bindBidirectional(model.filterProperty());
        VBox header = new VBox(4, title, filter);
        header.setPadding(new Insets(6, 8, 6, 8));
        header.getStyleClass().add("panel-header");
        setTop(header);

        tree.setShowRoot(false);
        tree.getStyleClass().addAll(Tweaks.EDGE_TO_EDGE, Styles.DENSE);
        tree.setCellFactory(t -> new EntryCell());
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openSelected(onOpen);
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelected(onOpen);
            }
        });
        setCenter(tree);
        render(model.groupsProperty().get());
        model.groupsProperty().addListener((o, a, b) -> render(b));
    }

    public TreeView<?> tree() {
        return tree;
    }

    private void openSelected(Consumer<WorkspaceEntry> onOpen) {
        TreeItem<Item> selected = tree.getSelectionModel().getSelectedItem();
        if (selected != null && selected.getValue() instanceof FileItem f) {
            onOpen.accept(f.entry());
        }
    }

    private void render(WorkspaceTreeViewModel.Groups groups) {
        Item selected = tree.getSelectionModel().getSelectedItem() == null ? null
                : tree.getSelectionModel().getSelectedItem().getValue();
        TreeItem<Item> root = new TreeItem<>();
        TreeItem<Item> reselect = null;
        for (Map.Entry<String, List<WorkspaceEntry>> g : groups.byGroup().entrySet()) {
            TreeItem<Item> group = new TreeItem<>(new GroupItem(g.getKey(), g.getValue().size()));
            group.setExpanded(true);
            for (WorkspaceEntry e : g.getValue()) {
                TreeItem<Item> leaf = new TreeItem<>(new FileItem(e));
                group.getChildren().add(leaf);
                if (selected instanceof FileItem f && f.entry().path().equals(e.path())) {
                    reselect = leaf;
                }
            }
            root.getChildren().add(group);
        }
        tree.setRoot(root);
        if (reselect != null) {
            tree.getSelectionModel().select(reselect);
        }
    }

    private static final class EntryCell extends TreeCell<Item> {
        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            switch (item) {
                case GroupItem g -> {
                    Label l = new Label(g.title() + "  (" + g.count() + ")");
                    l.getStyleClass().addAll(Styles.TEXT_BOLD, "tree-group");
                    if (getTreeView() != null) {
                        l.setMinWidth(0);
                        l.prefWidthProperty().bind(getTreeView().widthProperty().subtract(60));
                    }
                    setGraphic(l);
                }
                case FileItem f -> {
                    HBox row = fileRow(f.entry());
                    // fit the row to the tree so the problem badge stays visible instead of scrolling off
                    if (getTreeView() != null) {
                        row.prefWidthProperty().bind(getTreeView().widthProperty().subtract(80));
                        row.setMinWidth(0);
                    }
                    setGraphic(row);
                }
            }
        }

        private static HBox fileRow(WorkspaceEntry e) {
            FontIcon icon = new FontIcon(e.kind().isPresent() ? Feather.FILE_TEXT : Feather.FILE);
            icon.getStyleClass().add("tree-file-icon");
            Label name = new Label(e.title());
            name.setMinWidth(0);
            Label file = new Label(e.relativePath());
            file.setMinWidth(0);
            file.setTextOverrun(javafx.scene.control.OverrunStyle.LEADING_ELLIPSIS);
            file.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            VBox text = new VBox(0, name, file);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(6, icon, text, spacer);
            row.setAlignment(Pos.CENTER_LEFT);
            if (e.errors() > 0) {
                row.getChildren().add(badge(e.errors(), "badge-error"));
            }
            if (e.warnings() > 0) {
                row.getChildren().add(badge(e.warnings(), "badge-warning"));
            }
            return row;
        }

        private static Label badge(long n, String styleClass) {
            Label b = new Label(Long.toString(n));
            b.getStyleClass().addAll("problem-badge", styleClass);
            return b;
        }
    }
}
