package dev.steward.views.mesh;

import dev.steward.views.task.TaskRunner;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The domain map of a data mesh: domains as boxes holding their data products, dependencies between them
 * (across domains emphasised, cycles in the danger colour), products with policy findings badged; a click on a
 * product shows its ports, owner, status and policy results in the side panel. {@code new DomainMapView(model)}
 * or {@link #forWorkspace(Path, TaskRunner)}.
 */
public final class DomainMapView extends BorderPane {

    private final DomainMapViewModel model;
    private final DomainMapCanvas canvas;
    private final VBox details = new VBox(6);
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
        Label legend = new Label("Thick blue: across domains · red: dependency cycle · badge: policy findings");
        legend.getStyleClass().add("text-muted");
        HBox toolbar = new HBox(6, fit, zoomIn, zoomOut, legend);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.setPadding(new Insets(4, 8, 4, 8));
        setTop(toolbar);
        setCenter(new StackPane(canvas));
        details.setPadding(new Insets(10));
        details.setPrefWidth(320);
        ScrollPane side = new ScrollPane(details);
        side.setFitToWidth(true);
        side.setPrefWidth(330);
        side.getStyleClass().add("domain-map-details");
        setRight(side);
        status.setPadding(new Insets(4, 8, 4, 8));
        status.textProperty().bind(model.messageProperty());
        setBottom(status);
        model.detailsProperty().addListener(o -> DetailsPanel.fill(details, model.detailsProperty().get()));
        DetailsPanel.fill(details, null);
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

    /** The side panel's content (for tests and accessibility). */
    VBox detailsPane() {
        return details;
    }

    /** Fills the side panel from a {@link ProductDetails}. */
    private static final class DetailsPanel {
        private DetailsPanel() {
        }

        static void fill(VBox box, ProductDetails d) {
            box.getChildren().clear();
            if (d == null) {
                box.getChildren().add(wrapped("Click a data product to see its ports, owner and policy results.", "text-muted"));
                return;
            }
            Label title = wrapped(d.label(), "title-4");
            box.getChildren().addAll(title, wrapped("Domain: " + d.domain(), null),
                    wrapped("Owner team: " + (d.team() == null ? "(none)" : d.team()), null),
                    wrapped("Status: " + (d.status() == null ? "(none)" : d.status()), null), new Separator());
            ports(box, "Input ports", d.inputPorts());
            ports(box, "Output ports", d.outputPorts());
            box.getChildren().addAll(new Separator(), wrapped("Policy", "text-bold"));
            if (d.policy().isEmpty()) {
                box.getChildren().add(wrapped("No findings", "success"));
            }
            for (ProductDetails.PolicyResult r : d.policy()) {
                box.getChildren().add(wrapped(r.severity().toString().toLowerCase(java.util.Locale.ROOT) + " (line "
                        + r.line() + "): " + r.message() + " [" + r.rule() + "]",
                        r.severity() == dev.steward.model.diagnostic.Severity.ERROR ? "danger" : "warning"));
            }
        }

        private static void ports(VBox box, String heading, java.util.List<ProductDetails.Port> ports) {
            box.getChildren().add(wrapped(heading, "text-bold"));
            if (ports.isEmpty()) {
                box.getChildren().add(wrapped("(none)", "text-muted"));
            }
            for (ProductDetails.Port port : ports) {
                String contract = port.contractId() == null ? "no contract"
                        : port.contractName() != null ? port.contractName() + " (" + port.contractId() + ")"
                        : port.contractId() + (port.contractExists() ? "" : " (not in the workspace)");
                box.getChildren().add(wrapped("• " + port.name() + " → " + contract, port.contractExists() ? null : "danger"));
            }
        }

        private static Label wrapped(String text, String styleClass) {
            Label label = new Label(text);
            label.setWrapText(true);
            if (styleClass != null) {
                label.getStyleClass().add(styleClass);
            }
            return label;
        }
    }
}
