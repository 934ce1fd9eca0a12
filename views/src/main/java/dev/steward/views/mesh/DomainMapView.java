package dev.steward.views.mesh;

import dev.steward.views.task.TaskRunner;
import java.nio.file.Path;
import java.util.function.ObjIntConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The domain map of a data mesh: domains as boxes holding their data products, dependencies between them
 * (across domains emphasised, cycles in the danger colour), products with policy findings badged; a click on a
 * product shows its ports, owner, status and policy results in the side panel. {@code new DomainMapView(model)}
 * or {@link #forWorkspace(Path, TaskRunner)}.
 */
public final class DomainMapView extends BorderPane {

    private final DomainMapViewModel model;
    private final DomainMapCanvas canvas;
    private final ProductDetailsPane details = new ProductDetailsPane();
    private final Label status = new Label();

    public DomainMapView(DomainMapViewModel model) {
        this.model = model;
        this.canvas = new DomainMapCanvas(model);
        getStyleClass().add("domain-map-view");
        Button fit = new Button("Fit");
        fit.setOnAction(e -> canvas.fit());
        Button zoomIn = new Button("+");
        zoomIn.setOnAction(e -> canvas.zoom(1.25));
        Button zoomOut = new Button("−");
        zoomOut.setOnAction(e -> canvas.zoom(0.8));
        HBox toolbar = new HBox(6, fit, zoomIn, zoomOut, legend());
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(4, 8, 4, 8));
        setTop(toolbar);
        setCenter(new StackPane(canvas));
        ScrollPane side = new ScrollPane(details);
        side.setFitToWidth(true);
        side.setPrefWidth(330);
        side.getStyleClass().add("domain-map-details");
        setRight(side);
        status.setPadding(new Insets(4, 8, 4, 8));
        status.textProperty().bind(model.messageProperty());
        setBottom(status);
        model.detailsProperty().addListener(o -> details.fill(model.detailsProperty().get()));
    }

    /** Samples of the edge and badge colours with what they mean; the colours follow the theme. */
    private static HBox legend() {
        HBox legend = new HBox(14, sample("-color-fg-subtle", 1.5, "inside a domain"),
                sample("-color-accent-fg", 3, "across domains"), sample("-color-danger-fg", 3, "in a dependency cycle"),
                badge("-color-danger-fg", "policy errors"), badge("-color-warning-fg", "warnings"));
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setPadding(new Insets(0, 0, 0, 12));
        legend.setId("domainMapLegend");
        return legend;
    }

    private static Label sample(String colour, double width, String meaning) {
        javafx.scene.shape.Line line = new javafx.scene.shape.Line(0, 0, 22, 0);
        line.setStrokeWidth(width);
        line.setStyle("-fx-stroke: " + colour + ";");
        Label label = new Label(meaning, line);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label badge(String colour, String meaning) {
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(6);
        dot.setStyle("-fx-fill: " + colour + ";");
        Label label = new Label(meaning, dot);
        label.getStyleClass().add("text-muted");
        return label;
    }

    /** Reads the data mesh of the workspace at {@code root} in the background and shows it. */
    public static DomainMapView forWorkspace(Path root, TaskRunner runner) {
        DomainMapView view = new DomainMapView(new DomainMapViewModel(runner));
        view.model.load(root);
        return view;
    }

    public DomainMapViewModel model() {
        return model;
    }

    public DomainMapCanvas canvas() {
        return canvas;
    }

    /** The side panel (for tests and accessibility). */
    ProductDetailsPane detailsPane() {
        return details;
    }

    /** What the side panel shows, one line per row. */
    public String detailsText() {
        return details.text();
    }

    /** Clicks the link of the side panel showing exactly {@code text}; false when there is none (for tests). */
    public boolean clickDetailsLink(String text) {
        javafx.scene.control.Hyperlink link = details.linkNamed(text);
        if (link == null || link.isDisabled()) {
            return false;
        }
        link.fire();
        return true;
    }

    /**
     * {@code open} receives a file and a 1-based line: the product's file when the user double-clicks it, the
     * port, contract or finding the user clicks in the side panel.
     */
    public void setOnOpen(ObjIntConsumer<Path> open) {
        details.setOnOpen(open);
        canvas.setOnOpenProduct(id -> {
            ProductDetails d = model.details(id);
            if (d != null && d.path() != null) {
                open.accept(d.path(), 1);
            }
        });
    }
}
