package dev.steward.app.studio;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.WorkspaceLineage;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.mesh.MeshWorkspaceReader;
import dev.steward.views.lineage.LineageView;
import dev.steward.views.lineage.LineageViewModel;
import dev.steward.views.task.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;

/**
 * The workspace lineage as a studio panel (View › Lineage, Ctrl+Shift+L): the graph of contracts, the
 * semantic layer, data products and {@code target/manifest.json} is built off the FX thread when the
 * panel is first shown, and rebuilt after a save in the studio. It opens focused on the node of the active
 * document (else the first contract), two hops up and down, never on the whole graph. A rebuild keeps the
 * focus and the selection (the view-model keeps both while their nodes still exist) and the viewport: the
 * new drawing is anchored on the focus, so what the user was looking at stays where it was.
 *
 * <p>Not rebuilt while typing: the graph is read from the files on disk ({@link WorkspaceLineage#build}),
 * which has no way yet to take an open document's unsaved text instead of its file, and the studio gives the
 * panel no editor-change hook. Both would be needed; a rebuild of the sample workspace is cheap enough
 * (tens of milliseconds) to run debounced once they exist.
 */
final class LineagePanel {

    /** Which kinds stand for a file best, when several nodes come from it (a contract before its tables). */
    private static final List<NodeKind> FILE_KINDS = List.of(NodeKind.CONTRACT, NodeKind.DATA_PRODUCT,
            NodeKind.SEMANTIC_MODEL, NodeKind.METRIC, NodeKind.SAVED_QUERY);

    private final TaskRunner tasks;
    private final LineageView view;
    private final Label problem = new Label();
    private final BorderPane node;
    private Path workspace;
    private Path loadedFor;
    private Path wanted;
    private boolean showing;
    private TaskRunner.Cancellable pending = () -> { };

    /** Opens a file in the editor at a 1-based line and column. */
    @FunctionalInterface
    interface OpenAt {
        void open(Path file, int line, int column);
    }

    /** A 1-based place in a file. */
    record Position(int line, int column) {
    }

    /** {@code openAt} opens a node's defining file in the editor where the node is defined (on double-click). */
    LineagePanel(TaskRunner tasks, OpenAt openAt) {
        this.tasks = tasks;
        this.view = new LineageView(new LineageViewModel(tasks));
        view.setOnOpenDefinition(n -> n.file().ifPresent(file -> tasks.run("Finding " + n.name(),
                () -> definitionPosition(n, Files.readString(file)),
                at -> openAt.open(file, at.line(), at.column()), failure -> openAt.open(file, 1, 1))));
        problem.getStyleClass().add("lineage-problem");
        problem.setWrapText(true);
        problem.setManaged(false);
        problem.setVisible(false);
        node = new BorderPane(view);
        node.setTop(problem);
        node.setId("lineagePanel");
        node.setMinHeight(120);
    }

    Node node() {
        return node;
    }

    LineageView view() {
        return view;
    }

    LineageViewModel model() {
        return view.model();
    }

    boolean showingIn(SplitPane host) {
        return host.getItems().contains(node);
    }

    /** Shows the panel under the editor (focused on {@code active}'s node), or hides it when shown. */
    void toggleIn(SplitPane host, Optional<Path> active) {
        if (host.getItems().remove(node)) {
            showing = false;
            host.setDividerPositions(0.74);
        } else {
            showIn(host, active);
        }
    }

    /** Shows the panel under the editor and focuses on {@code active}'s node (when the file defines one). */
    void showIn(SplitPane host, Optional<Path> active) {
        if (!host.getItems().contains(node)) {
            host.getItems().add(1, node);
            host.setDividerPositions(0.25, 0.9); // the graph needs the room more than the editor
        }
        showing = true;
        wanted = active.orElse(null);
        if (workspace != null && !workspace.equals(loadedFor)) {
            build();
        } else {
            focusOnWanted(model().graphProperty().get());
        }
    }

    void workspaceOpened(Path root) {
        workspace = root;
        pending.cancel();
        if (showing) {
            build();
        } else {
            loadedFor = null;
        }
    }

    /** A file was saved in the studio: rebuild now when shown, else when next shown. */
    void saved(Path file) {
        if (loadedFor == null || !file.startsWith(loadedFor)) {
            return;
        }
        if (showing) {
            build();
        } else {
            loadedFor = null;
        }
    }

    void close() {
        pending.cancel();
    }

    private void build() {
        Path root = workspace;
        loadedFor = root;
        pending.cancel();
        pending = tasks.run("Reading lineage", () -> new Read(WorkspaceLineage.build(root, WorkspaceLineage.Sources.workspaceOnly()).graph(),
                        productDomains(root)),
                read -> {
                    if (root.equals(workspace)) {
                        showProblem(null);
                        LineageGraph graph = read.graph();
                        model().setProductDomains(read.domains());
                        model().setGraph(graph); // keeps focus and selection while their nodes exist
                        focusOnWanted(graph);
                    }
                },
                failure -> {
                    if (root.equals(workspace)) {
                        loadedFor = null; // try again on the next save or show
                        showProblem("Could not read the lineage of " + root + ": " + failure.getMessage());
                    }
                });
    }

    /** The lineage graph and the domain of each data product, read together off the FX thread. */
    private record Read(LineageGraph graph, Map<String, String> domains) {
    }

    /** Data product id to domain, for grouping the lineage by domain. */
    static Map<String, String> productDomains(Path root) {
        Map<String, String> domains = new HashMap<>();
        for (MeshProduct p : MeshWorkspaceReader.read(root).products()) {
            if (p.id() != null && p.domainKey() != null) {
                domains.putIfAbsent(p.id(), p.domainKey());
            }
        }
        return domains;
    }

    /** Focus on the wanted file's node; without one, keep the current focus, else pick a start node. */
    private void focusOnWanted(LineageGraph graph) {
        Optional<String> forFile = Optional.ofNullable(wanted).flatMap(f -> nodeForFile(graph, f));
        wanted = null;
        if (forFile.isPresent()) {
            model().focusOn(forFile.get());
        } else if (model().focusProperty().get() == null) {
            startNode(graph).ifPresent(model()::focusOn);
        }
    }

    /** The node that stands for {@code file}: its contract, product, semantic model or first metric, else any node from it. */
    static Optional<String> nodeForFile(LineageGraph graph, Path file) {
        Path wantedFile = file.toAbsolutePath().normalize();
        return graph.nodes().stream()
                .filter(n -> n.file().map(f -> f.toAbsolutePath().normalize().equals(wantedFile)).orElse(false))
                .filter(n -> !n.kind().isTest())
                .min(Comparator.comparingInt(LineagePanel::rank))
                .map(LineageNode::id);
    }

    /** Where to start without an active document: the first contract, else the first node that is not a test or field. */
    static Optional<String> startNode(LineageGraph graph) {
        return graph.nodes().stream()
                .filter(n -> !n.kind().isTest() && !n.kind().isField())
                .min(Comparator.comparingInt(LineagePanel::rank))
                .map(LineageNode::id);
    }

    /**
     * The 1-based line where {@code node} is defined in its file's {@code text}: in a dbt manifest (JSON), the
     * line of its {@code "unique_id"} (line 1 in the usual one-line manifest); for a data product port, its
     * {@code name:} (or {@code id:}) under {@code inputPorts:} or {@code outputPorts:}; otherwise the YAML {@code name:} of its name.
     */
    static int definitionLine(LineageNode node, String text) {
        return definitionPosition(node, text).line();
    }

    /**
     * Where {@code node} is defined: as {@link #definitionLine(LineageNode, String)}, with the column of a
     * manifest's {@code "unique_id"} (a dbt manifest is usually one long line).
     */
    static Position definitionPosition(LineageNode node, String text) {
        if (node.file().map(f -> f.getFileName().toString().endsWith(".json")).orElse(false)) {
            int offset = manifestOffset(text, node.id());
            return offset < 0 ? new Position(1, 1) : new Position(lineOf(text, offset), offset - text.lastIndexOf('\n', offset - 1));
        }
        return new Position(lineDefinition(node, text), 1);
    }

    private static int lineDefinition(LineageNode node, String text) {
        if (node.kind() == NodeKind.PORT) {
            return portLine(text, node.id());
        }
        return definitionLine(text, node.name());
    }

    /** The offset of {@code "unique_id": "<id>"} in a manifest, else of the {@code "<id>":} key, else -1. */
    static int manifestOffset(String text, String uniqueId) {
        java.util.regex.Matcher m = Pattern.compile("\"unique_id\"\\s*:\\s*\"" + Pattern.quote(uniqueId) + "\"").matcher(text);
        if (!m.find()) {
            m = Pattern.compile("\"" + Pattern.quote(uniqueId) + "\"\\s*:").matcher(text);
            if (!m.find()) {
                return -1;
            }
        }
        return m.start();
    }

    /** A port id is {@code data_product:<product>/input|output/<port name>}: the port's {@code name:} in its list. */
    static int portLine(String text, String portId) {
        int input = portId.indexOf("/input/");
        int output = portId.indexOf("/output/");
        boolean isInput = input >= 0 && (output < 0 || input < output);
        int at = isInput ? input : output;
        if (at < 0) {
            return 1;
        }
        String name = portId.substring(at + (isInput ? "/input/" : "/output/").length());
        String[] lines = text.split("\n", -1);
        Pattern list = Pattern.compile("^\\s*" + (isInput ? "inputPorts" : "outputPorts") + ":\\s*(?:#.*)?$");
        for (int i = 0; i < lines.length; i++) {
            if (list.matcher(lines[i]).matches()) {
                int found = keyLine(lines, "(?:name|id)", name, i + 1); // a Data Product Specification output port goes by its id
                return found >= 0 ? found + 1 : i + 1;
            }
        }
        return definitionLine(text, name);
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
            line++;
        }
        return line;
    }

    /**
     * The 1-based line of the YAML {@code name:} that defines {@code name} in {@code text}; a dotted name
     * ({@code table.column}) is looked for part by part, each after the previous. Line 1 when not found.
     */
    static int definitionLine(String text, String name) {
        String[] lines = text.split("\n", -1);
        int whole = nameLine(lines, name, 0);
        if (whole >= 0) {
            return whole + 1;
        }
        int at = -1;
        for (String part : name.split("\\.")) {
            at = nameLine(lines, part, at + 1);
            if (at < 0) {
                return 1;
            }
        }
        return at + 1;
    }

    private static int nameLine(String[] lines, String name, int from) {
        return keyLine(lines, "name", name, from);
    }

    /** The first line from {@code from} that sets the YAML key {@code keyPattern} to {@code value}; -1 when none does. */
    private static int keyLine(String[] lines, String keyPattern, String value, int from) {
        Pattern key = Pattern.compile("^\\s*(?:-\\s+)?" + keyPattern + ":\\s*['\"]?" + Pattern.quote(value) + "['\"]?\\s*(?:#.*)?$");
        for (int i = from; i < lines.length; i++) {
            if (key.matcher(lines[i]).matches()) {
                return i;
            }
        }
        return -1;
    }

    private static int rank(LineageNode n) {
        int i = FILE_KINDS.indexOf(n.kind());
        return i < 0 ? FILE_KINDS.size() + (n.kind().isField() ? 1 : 0) : i;
    }

    private void showProblem(String text) {
        problem.setText(text == null ? "" : text);
        problem.setVisible(text != null);
        problem.setManaged(text != null);
    }
}
