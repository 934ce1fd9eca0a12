package dev.steward.views.lineage;

import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.WorkspaceLineage;
import dev.steward.views.export.PngExport;
import dev.steward.views.task.TaskRunner;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

/**
 * The lineage graph view: a toolbar (search, focus, upstream/downstream depth, hide tests and seeds,
 * grouping by dbt package or data product, fit, export), the {@link LineageCanvas} with its overview in a
 * corner, and a legend of the node kinds drawn. Wire it with
 * {@code new LineageView(graph, runner)} or {@link #forWorkspace(Path, TaskRunner)}.
 */
public final class LineageView extends BorderPane {

    private final LineageViewModel model;
    private final LineageCanvas canvas;
    private final TextField search = new TextField();
    private final FlowPane legend = new FlowPane(12, 4);
    private final Label status = new Label();
    private int nextMatch;

    public LineageView(LineageViewModel model) {
        this.model = model;
        this.canvas = new LineageCanvas(model);
        getStyleClass().add("lineage-view");
        setTop(toolbar());
        setCenter(new StackPane(canvas));
        HBox bottom = new HBox(16, legend, status);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(4, 8, 4, 8));
        HBox.setHgrow(legend, Priority.ALWAYS);
        status.setMinWidth(Region.USE_PREF_SIZE);
        setBottom(bottom);
        model.drawingProperty().addListener(o -> updateLegendAndStatus());
        model.messageProperty().addListener(o -> updateLegendAndStatus());
        model.busyProperty().addListener(o -> updateLegendAndStatus());
        sceneProperty().addListener(o -> updateLegendAndStatus());
        updateLegendAndStatus();
    }

    /** A view of {@code graph}, laid out through {@code runner}: the one line the studio needs. */
    public LineageView(LineageGraph graph, TaskRunner runner) {
        this(new LineageViewModel(runner));
        model.setGraph(graph);
    }

    /** A view of the workspace's lineage; the graph is built through {@code runner}, off the FX thread. */
    public static LineageView forWorkspace(Path root, TaskRunner runner) {
        LineageView view = new LineageView(new LineageViewModel(runner));
        runner.run("Reading lineage", () -> WorkspaceLineage.build(root, WorkspaceLineage.Sources.workspaceOnly()).graph(),
                view.model::setGraph,
                failure -> view.status.setText("Could not read the lineage of " + root + ": " + failure.getMessage()));
        return view;
    }

    public LineageViewModel model() {
        return model;
    }

    public LineageCanvas canvas() {
        return canvas;
    }

    /** Called with the node the user double-clicks, to open the file that defines it. */
    public void setOnOpenDefinition(Consumer<LineageNode> handler) {
        canvas.setOnOpenDefinition(handler);
    }

    public Path exportPng(Path file) throws IOException {
        return PngExport.write(canvas.snapshotView(), file);
    }

    public Path exportSvg(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        return Files.writeString(file, canvas.toSvg(), StandardCharsets.UTF_8);
    }

    private ToolBar toolbar() {
        search.setPromptText("Find node");
        search.setPrefColumnCount(12);
        search.textProperty().addListener((o, was, text) -> {
            nextMatch = 0;
            model.setSearchText(text);
        });
        search.setOnAction(e -> showNextMatch());
        Button focus = button("Focus", "Show the selected node with its upstream and downstream", () -> {
            String selected = model.selectedProperty().get();
            if (selected != null) {
                model.focusOn(selected);
            }
        });
        focus.disableProperty().bind(model.selectedProperty().isNull());
        Button whole = button("Whole graph", "Show every node", model::showWholeGraph);
        whole.disableProperty().bind(model.focusProperty().isNull());
        Spinner<Integer> up = depthSpinner(model.upstreamDepthProperty().get(), model::setUpstreamDepth);
        Spinner<Integer> down = depthSpinner(model.downstreamDepthProperty().get(), model::setDownstreamDepth);
        CheckBox hideTests = new CheckBox("Hide tests");
        hideTests.setSelected(model.hideTestsProperty().get());
        hideTests.selectedProperty().addListener((o, was, now) -> model.setHideTests(now));
        CheckBox hideSeeds = new CheckBox("Hide seeds");
        hideSeeds.setSelected(model.hideSeedsProperty().get());
        hideSeeds.selectedProperty().addListener((o, was, now) -> model.setHideSeeds(now));
        ComboBox<LineageGrouping> grouping = new ComboBox<>(FXCollections.observableArrayList(LineageGrouping.values()));
        grouping.setValue(model.groupingProperty().get());
        grouping.setPrefWidth(130);
        grouping.setTooltip(new Tooltip("Collapse each dbt package, data product or domain into one node; "
                + "right-click a group to expand it, or a member to collapse it again"));
        grouping.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != model.groupingProperty().get()) {
                model.setGrouping(now);
            }
        });
        model.groupingProperty().addListener((o, was, now) -> grouping.setValue(now));
        return new ToolBar(search, focus, whole, new Separator(), new Label("Up"), up, new Label("Down"), down,
                hideTests, hideSeeds, new Label("Group"), grouping, new Separator(), button("Fit", "Show the whole drawing", canvas::fit),
                button("PNG…", "Save the current view as a PNG image", () -> save("png")),
                button("SVG…", "Save the drawn graph as an SVG image", () -> save("svg")));
    }

    private static Button button(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Spinner<Integer> depthSpinner(int initial, Consumer<Integer> onChange) {
        List<Integer> values = new ArrayList<>(IntStream.rangeClosed(0, 10).boxed().toList());
        values.add(LineageViewModel.ALL);
        SpinnerValueFactory.ListSpinnerValueFactory<Integer> factory =
                new SpinnerValueFactory.ListSpinnerValueFactory<>(FXCollections.observableArrayList(values));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer hops) {
                return hops == null ? "" : hops == LineageViewModel.ALL ? "all" : hops.toString();
            }

            @Override
            public Integer fromString(String text) {
                return "all".equalsIgnoreCase(text.strip()) ? LineageViewModel.ALL : Integer.parseInt(text.strip());
            }
        });
        factory.setValue(initial);
        Spinner<Integer> spinner = new Spinner<>(factory);
        spinner.setPrefWidth(64);
        spinner.valueProperty().addListener((o, was, now) -> onChange.accept(now));
        return spinner;
    }

    /** Enter in the search field: select the next match, focusing on it when it is not drawn. */
    private void showNextMatch() {
        List<LineageNode> matches = model.matchesProperty();
        if (matches.isEmpty()) {
            return;
        }
        LineageNode match = matches.get(nextMatch++ % matches.size());
        if (!model.drawingProperty().get().graph().contains(match.id())) {
            model.focusOn(match.id());
        }
        model.select(match.id());
        canvas.centreOn(match.id(), Math.max(canvas.scale(), 0.8));
    }

    private void updateLegendAndStatus() {
        LineageDrawing drawing = model.drawingProperty().get();
        Set<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        drawing.graph().nodes().forEach(n -> kinds.add(n.kind()));
        LineagePalette palette = canvas.palette();
        legend.getChildren().clear();
        for (NodeKind kind : kinds) {
            Rectangle swatch = new Rectangle(12, 12, palette.kind(kind));
            double arc = Math.min(NodeShape.of(kind).arc(), 12);
            swatch.setArcWidth(arc);
            swatch.setArcHeight(arc);
            Label entry = new Label(kind.title(), swatch);
            entry.getStyleClass().add("lineage-legend-entry");
            legend.getChildren().add(entry);
        }
        String text = model.busyProperty().get() ? "Laying out…"
                : !model.messageProperty().get().isEmpty() ? model.messageProperty().get()
                : drawing.graph().nodeCount() + " nodes, " + drawing.graph().edgeCount() + " edges";
        status.setText(text);
    }

    private void save(String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export lineage as " + extension.toUpperCase(java.util.Locale.ROOT));
        chooser.setInitialFileName("lineage." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(java.util.Locale.ROOT) + " image", "*." + extension));
        File file = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            if (extension.equals("png")) {
                exportPng(file.toPath());
            } else {
                exportSvg(file.toPath());
            }
            status.setText("Saved " + file.getName());
        } catch (IOException e) {
            status.setText("Could not save " + file + ": " + e.getMessage());
        }
    }
}
