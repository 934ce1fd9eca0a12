package dev.steward.views.mesh;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.mesh.MeshProductReader;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.mesh.MeshWorkspaceReader;
import dev.steward.model.mesh.governance.MeshPolicyChecker;
import dev.steward.model.validation.ValidationPolicy;
import dev.steward.model.workspace.PolicyFile;
import dev.steward.views.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state of the domain map: the laid-out map, the selected product and its details, whether work is
 * running, and a message for the status line. Reading the workspace, checking the policy and the layout run
 * through the {@link TaskRunner}; results arrive on the UI thread. Testable without the toolkit.
 */
public final class DomainMapViewModel {

    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<DomainMapDrawing> drawing = new ReadOnlyObjectWrapper<>(DomainMapDrawing.EMPTY);
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ReadOnlyObjectWrapper<ProductDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private DomainMapBuilder.Built built = DomainMapBuilder.Built.EMPTY;
    private TaskRunner.Cancellable pending;
    private MeshModel mesh;
    private ValidationPolicy policy = ValidationPolicy.DEFAULT;

    public DomainMapViewModel(TaskRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** Reads the mesh of the workspace at {@code root} and its policy file, checks the mesh rules and lays it out. */
    public void load(Path root) {
        start("Reading the data mesh", () -> {
            MeshModel mesh = MeshWorkspaceReader.read(root);
            ValidationPolicy policy = PolicyFile.load(root).policy();
            return prepare(mesh, policy, MeshPolicyChecker.check(mesh, policy));
        }, "Could not read the data mesh of " + root);
    }

    /** Shows {@code mesh} with its governance {@code findings} (from {@link MeshPolicyChecker}). */
    public void setMesh(MeshModel mesh, List<Diagnostic> findings) {
        Objects.requireNonNull(mesh, "mesh");
        List<Diagnostic> copy = List.copyOf(findings);
        start("Laying out the domain map", () -> prepare(mesh, ValidationPolicy.DEFAULT, copy), "Could not lay out the domain map");
    }

    /**
     * A data product file is being edited ({@code document} is its current, maybe unsaved, text): when what the
     * map shows of it changed (identity, domain, owner, status, ports), the map is checked and laid out again with
     * it; an edit elsewhere in the file (a description) costs nothing. Ignored before the first load.
     */
    public void productEdited(YamlDocument document) {
        MeshModel current = mesh;
        if (current == null || document == null || document.path() == null) {
            return;
        }
        Optional<MeshProduct> edited = ProductStandard.detect(document.text())
                .flatMap(standard -> MeshProductReader.read(document, standard));
        if (edited.isEmpty() || current.productAt(document.path()).map(p -> ProductShape.of(p).equals(ProductShape.of(edited.get())))
                .orElse(false)) {
            return;
        }
        ValidationPolicy rules = policy;
        MeshModel next = current.withProduct(edited.get());
        start("Updating the domain map", () -> prepare(next, rules, MeshPolicyChecker.check(next, rules)),
                "Could not update the domain map");
    }

    /** What the map shows of a product: edits that leave it equal need no new layout. */
    private record ProductShape(String id, String name, String domain, String team, String status, List<List<String>> ports) {
        static ProductShape of(MeshProduct p) {
            List<List<String>> ports = new java.util.ArrayList<>();
            p.inputPorts().forEach(port -> ports.add(java.util.Arrays.asList("in", port.name(), port.contractId(), port.sourceSystemId())));
            p.outputPorts().forEach(port -> ports.add(java.util.Arrays.asList("out", port.name(), port.contractId(), port.sourceSystemId())));
            return new ProductShape(p.id(), p.name(), p.domain(), p.team(), p.status(), ports);
        }
    }

    private record Prepared(MeshModel mesh, ValidationPolicy policy, DomainMapBuilder.Built built, DomainMapDrawing drawing) {
    }

    private static Prepared prepare(MeshModel mesh, ValidationPolicy policy, List<Diagnostic> findings) {
        DomainMapBuilder.Built b = DomainMapBuilder.build(mesh, findings);
        return new Prepared(mesh, policy, b, DomainMapLayout.layout(b.map()));
    }

    private void start(String title, java.util.concurrent.Callable<Prepared> work, String failure) {
        if (pending != null) {
            pending.cancel();
        }
        busy.set(true);
        message.set(title + "…");
        pending = runner.run(title, work, prepared -> {
            busy.set(false);
            mesh = prepared.mesh();
            policy = prepared.policy();
            built = prepared.built();
            drawing.set(prepared.drawing());
            message.set(summary(prepared.built().map()));
            String keep = selected.get();
            selected.set(null);
            select(keep);
        }, error -> {
            busy.set(false);
            message.set(failure + ": " + (error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage()));
        });
    }

    /** Selects the product {@code id} (null or unknown: clears the selection) and shows its details. */
    public void select(String id) {
        ProductDetails d = id == null ? null : built.details().get(id);
        selected.set(d == null ? null : id);
        details.set(d);
    }

    /** The details of product {@code id}, or null when the map has no such product. */
    public ProductDetails details(String id) {
        return id == null ? null : built.details().get(id);
    }

    static String summary(DomainMap map) {
        long cross = map.edges().stream().filter(DomainMap.ProductEdge::crossDomain).count();
        long cycles = map.edges().stream().filter(DomainMap.ProductEdge::inCycle).count();
        long flagged = map.products().stream().filter(DomainMap.ProductNode::hasFindings).count();
        return count(map.domains().size(), "domain") + ", " + count(map.products().size(), "product") + ", "
                + count(map.edges().size(), "dependency") + " (" + cross + " across domains"
                + (cycles > 0 ? ", " + cycles + " in cycles" : "") + "), " + count(flagged, "product")
                + " with policy findings";
    }

    private static String count(long n, String noun) {
        String plural = noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s";
        return n + " " + (n == 1 ? noun : plural);
    }

    public ReadOnlyObjectProperty<DomainMapDrawing> drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    public DomainMap map() {
        return built.map();
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProductDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
