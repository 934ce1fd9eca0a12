package dev.steward.views.mesh;

import dev.steward.model.diagnostic.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ObjIntConsumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The side panel of the domain map: the selected product's domain, owner, status, ports with their contracts,
 * and policy results. Port names, contracts and findings are links that open their file at the line
 * (through the handler given by {@link #setOnOpen}); without a handler they are plain text.
 */
final class ProductDetailsPane extends VBox {

    static final String HINT = "Click a data product to see its ports, owner and policy results. "
            + "Double-click opens its file.";

    private ObjIntConsumer<Path> onOpen;
    private ProductDetails shown;

    ProductDetailsPane() {
        super(6);
        setPadding(new Insets(10));
        setPrefWidth(320);
        setId("domainMapDetails");
        fill(null);
    }

    /** {@code open} receives a file and a 1-based line when the user clicks a port, contract or finding. */
    void setOnOpen(ObjIntConsumer<Path> open) {
        this.onOpen = open;
        fill(shown);
    }

    void fill(ProductDetails d) {
        shown = d;
        getChildren().clear();
        if (d == null) {
            getChildren().add(wrapped(HINT, "text-muted"));
            return;
        }
        getChildren().addAll(link(d.label(), d.path(), 1, "title-4"), wrapped("Domain: " + d.domain(), null),
                wrapped("Owner team: " + (d.team() == null ? "(none)" : d.team()), null),
                wrapped("Status: " + (d.status() == null ? "(none)" : d.status()), null), new Separator());
        ports(d, "Input ports", d.inputPorts());
        ports(d, "Output ports", d.outputPorts());
        getChildren().addAll(new Separator(), wrapped("Policy", "text-bold"));
        if (d.policy().isEmpty()) {
            getChildren().add(wrapped("No findings", "success"));
        }
        for (ProductDetails.PolicyResult r : d.policy()) {
            Hyperlink finding = link(r.severity().toString().toLowerCase(Locale.ROOT) + " (line " + r.line() + "): "
                    + r.message() + " [" + r.rule() + "]", d.path(), r.line(), r.severity() == Severity.ERROR ? "danger" : "warning");
            getChildren().add(finding);
        }
    }

    private void ports(ProductDetails d, String heading, List<ProductDetails.Port> ports) {
        getChildren().add(wrapped(heading, "text-bold"));
        if (ports.isEmpty()) {
            getChildren().add(wrapped("(none)", "text-muted"));
        }
        for (ProductDetails.Port port : ports) {
            String contract = port.contractId() == null ? "no contract"
                    : port.contractName() != null ? port.contractName() + " (" + port.contractId() + ")"
                    : port.contractId() + (port.contractExists() ? "" : " (not in the workspace)");
            Node target = port.contractPath() != null ? link("→ " + contract, port.contractPath(), 1, null)
                    : wrapped("→ " + contract, port.contractExists() ? null : "danger");
            VBox.setMargin(target, new Insets(0, 0, 0, 14));
            TextFlow name = new TextFlow(new Text("• "), link(port.name(), d.path(), port.line(), null));
            if (port.containsPii()) {
                Label pii = new Label("PII");
                pii.getStyleClass().addAll("domain-map-pii", "warning");
                pii.setPadding(new Insets(0, 0, 0, 6));
                name.getChildren().add(pii);
            }
            VBox row = new VBox(1, name, target);
            row.getStyleClass().add("domain-map-port");
            row.setUserData("• " + port.name() + (port.containsPii() ? " (PII)" : "") + " → " + contract);
            getChildren().add(row);
        }
    }

    private Hyperlink link(String text, Path file, int line, String styleClass) {
        Hyperlink link = new Hyperlink(text);
        link.setWrapText(true);
        link.setPadding(Insets.EMPTY);
        if (styleClass != null) {
            link.getStyleClass().add(styleClass);
        }
        link.setDisable(onOpen == null || file == null);
        link.setOnAction(e -> {
            if (onOpen != null && file != null) {
                onOpen.accept(file, Math.max(1, line));
            }
        });
        return link;
    }

    private static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /** What the panel shows, one line per row (for tests and accessibility). */
    String text() {
        List<String> lines = new ArrayList<>();
        for (Node n : getChildren()) {
            if (n instanceof Labeled l) {
                lines.add(l.getText());
            } else if (n.getUserData() instanceof String summary) {
                lines.add(summary);
            } else if (n instanceof Parent p && !(n instanceof Separator)) {
                StringBuilder b = new StringBuilder();
                collect(p, b);
                lines.add(b.toString());
            }
        }
        return String.join("\n", lines);
    }

    /** The link showing exactly {@code text}, if any (for tests). */
    Hyperlink linkNamed(String text) {
        List<Hyperlink> found = new ArrayList<>();
        findLinks(this, text, found);
        return found.isEmpty() ? null : found.getFirst();
    }

    private static void collect(Parent p, StringBuilder b) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Text t) {
                b.append(t.getText());
            } else if (n instanceof Labeled l) {
                b.append(l.getText());
            } else if (n instanceof Parent q) {
                collect(q, b);
            }
        }
    }

    private static void findLinks(Parent p, String text, List<Hyperlink> out) {
        for (Node n : p.getChildrenUnmodifiable()) {
            if (n instanceof Hyperlink h && h.getText().equals(text)) {
                out.add(h);
            } else if (n instanceof Parent q) {
                findLinks(q, text, out);
            }
        }
    }
}
