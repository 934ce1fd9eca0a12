package dev.steward.views.form;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The building blocks every form section shares: a titled page, label/field grids and small icon buttons. */
public final class FormLayout {
    private FormLayout() {
    }

    public static VBox page(String title, String subtitle) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label(subtitle);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        hint.setWrapText(true);
        VBox page = new VBox(12, new VBox(2, heading, hint));
        page.setPadding(new Insets(16, 20, 16, 20));
        page.getStyleClass().add("form-page");
        return page;
    }

    public static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        return grid;
    }

    public static void row(GridPane grid, String label, Node field) {
        Label l = new Label(label);
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        boolean tall = field instanceof javafx.scene.control.TextArea;
        GridPane.setValignment(l, tall ? javafx.geometry.VPos.TOP : javafx.geometry.VPos.CENTER);
        l.setPadding(new Insets(tall ? 6 : 0, 0, 0, 0));
        if (field instanceof Region r) {
            r.setMaxWidth(Double.MAX_VALUE);
        }
        grid.addRow(grid.getRowCount(), l, field);
    }

    /** A subheading across both columns of a grid. */
    public static void heading(GridPane grid, String text) {
        Label l = subheading(text);
        l.setPadding(new Insets(10, 0, 0, 0));
        grid.add(l, 0, grid.getRowCount(), 2, 1);
    }

    public static Label subheading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll(Styles.TITLE_4);
        return l;
    }

    public static Button iconButton(Feather icon, String tip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        return b;
    }

    /** A header line: a subheading on the left, buttons on the right. */
    public static HBox bar(String title, Node... buttons) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(4, subheading(title), gap);
        bar.getChildren().addAll(buttons);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }
}
