package dev.steward.views.lineage;

import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.layout.EdgeRoute;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link LineageDrawing} onto a canvas: only nodes and edges that intersect the viewport.
 * Edges are rasterised into one image ({@link LineageRaster}): anti-aliased routes with arrowheads (from
 * {@link #ARROW_SCALE}), plain faint pixels below {@link #OVERVIEW_SCALE}. From {@link #LABEL_SCALE} up,
 * nodes are named boxes drawn on the canvas over that image; below it they are rasterised too, as boxes in
 * their kind's colour (at least a few pixels wide). With a selection, its paths are drawn in the accent colour and the rest
 * dimmed. One painter per canvas (it keeps the raster and an edge index); call on the FX thread.
 */
public final class LineagePainter {

    /** Below this zoom, nodes are drawn without labels. */
    static final double LABEL_SCALE = 0.45;
    /**
     * Below this zoom (an overview of thousands of nodes), edges are faint straight lines and nodes
     * plain rectangles at least {@link #MIN_OVERVIEW_PIXELS} on screen, so the nodes stay visible.
     */
    static final double OVERVIEW_SCALE = 0.1;
    /**
     * From this zoom up to {@link #LABEL_SCALE} (a whole graph of about a hundred nodes fitted to the view), nodes are
     * light boxes with a coloured bar and their names in a small screen-sized font, when at most
     * {@link #MAX_SMALL_LABELS} are in view; below it, or with more in view, they are solid boxes in their colour.
     */
    static final double SMALL_LABEL_SCALE = 0.2;
    private static final int MAX_SMALL_LABELS = 400;
    private static final Font SMALL = Font.font("System", 10);
    /** Average glyph width of {@link #SMALL}. */
    private static final double SMALL_CHAR_WIDTH = 5.8;
    /** Fewer characters than this tell nothing: such boxes stay unnamed. */
    private static final int MIN_SMALL_LABEL_CHARS = 8;
    private static final double MIN_OVERVIEW_PIXELS = 3;
    private static final double OVERVIEW_EDGE_ALPHA = 0.3;
    /** Edges between unlabelled boxes are lighter, so the boxes stand out. */
    private static final double BOXES_EDGE_ALPHA = 0.5;
    /** Below this zoom, edges have no arrowheads. */
    static final double ARROW_SCALE = 0.3;
    private static final double DIMMED = 0.18;
    private static final Font NAME = Font.font("System", 12);
    private static final Font KIND = Font.font("System", 9.5);
    /** Average glyph width of {@link #NAME}, to shorten names without measuring every one. */
    private static final double CHAR_WIDTH = 6.6;

    private final LineageRaster raster = new LineageRaster();
    private LineageDrawing indexed;
    private double[] edgeBounds = new double[0];
    /** Every route's points, x then y; route i is {@code edgePoints[edgeOffsets[i] .. edgeOffsets[i + 1])}. */
    private double[] edgePoints = new double[0];
    private int[] edgeOffsets = new int[1];
    private String[] nodeIds = new String[0];
    /** x, y, width, height per node, in the layout's node order. */
    private double[] nodeRects = new double[0];
    private NodeKind[] nodeKinds = new NodeKind[0];

    /** What one frame drew: for tests and timing. */
    public record Frame(int nodes, int edges, boolean labels) {
    }

    /**
     * Paints one frame of {@code drawing} seen through {@code view} on a {@code width x height} canvas.
     * Below {@link #LABEL_SCALE} the nodes and edges are rasterised into one image ({@link LineageRaster});
     * from it up they are canvas shapes with names.
     */
    public Frame paint(GraphicsContext g, double width, double height, LineageDrawing drawing, Viewport view,
            PathHighlight highlight, Set<String> matches, LineagePalette palette) {
        g.setGlobalAlpha(1);
        if (drawing.isEmpty()) {
            g.setFill(palette.background());
            g.fillRect(0, 0, width, height);
            return new Frame(0, 0, false);
        }
        index(drawing);
        Rect visible = view.visible(width, height);
        double s = view.scale();
        boolean labels = s >= LABEL_SCALE;
        int edges;
        int nodes;
        raster.clear((int) Math.ceil(width), (int) Math.ceil(height), LineageRaster.argb(palette.background()));
        edges = rasterEdges(drawing, visible, view, highlight, palette);
        if (labels) {
            g.drawImage(raster.publish(), 0, 0);
            g.save();
            g.transform(s, 0, 0, s, view.tx(), view.ty());
            nodes = paintNodes(g, drawing, visible, s, highlight, palette);
        } else {
            nodes = rasterNodes(g, visible, view, highlight, palette, drawing); // draws the image, then any names
            g.save();
            g.transform(s, 0, 0, s, view.tx(), view.ty());
        }
        rings(g, drawing, s, highlight, matches, palette);
        g.restore();
        g.setGlobalAlpha(1);
        return new Frame(nodes, edges, labels);
    }

    /** The image of the last rasterised frame (valid until the next one). */
    javafx.scene.image.WritableImage rasterImage() {
        return raster.publish();
    }

    /** True when an edge's bounding box misses {@code visible}. */
    private boolean culled(int i, Rect visible) {
        return edgeBounds[i * 4] > visible.maxX() || edgeBounds[i * 4 + 2] < visible.x()
                || edgeBounds[i * 4 + 1] > visible.maxY() || edgeBounds[i * 4 + 3] < visible.y();
    }

    /** Edges as 1-pixel lines: straight in the overview, with their bends above it; lit paths on top. */
    private int rasterEdges(LineageDrawing drawing, Rect visible, Viewport view, PathHighlight highlight, LineagePalette palette) {
        List<EdgeRoute> routes = drawing.layout().edges();
        double s = view.scale();
        boolean overview = s < OVERVIEW_SCALE;
        double plainAlpha = highlight.isActive() ? DIMMED : overview ? OVERVIEW_EDGE_ALPHA : s < LABEL_SCALE ? BOXES_EDGE_ALPHA : 1;
        int plain = LineageRaster.argb(palette.edge());
        int lit = LineageRaster.argb(palette.highlight());
        List<Integer> litRoutes = new ArrayList<>();
        int drawn = 0;
        for (int i = 0; i < routes.size(); i++) {
            if (culled(i, visible)) {
                continue;
            }
            drawn++;
            if (highlight.isActive() && highlight.lightsEdge(routes.get(i).source(), routes.get(i).target())) {
                litRoutes.add(i);
            } else {
                rasterRoute(i, view, plain, plainAlpha, false);
            }
        }
        for (int i : litRoutes) {
            rasterRoute(i, view, lit, 1, true);
        }
        return drawn;
    }

    /**
     * Route {@code i} with its bends (a bend closer than a pixel to the previous point is skipped): plain pixels in
     * the overview, anti-aliased above it, doubled when {@code bold}; with an arrowhead from {@link #ARROW_SCALE} up.
     */
    private void rasterRoute(int i, Viewport view, int argb, double alpha, boolean bold) {
        double s = view.scale();
        double tx = view.tx();
        double ty = view.ty();
        boolean smooth = s >= OVERVIEW_SCALE;
        int from = edgeOffsets[i];
        int to = edgeOffsets[i + 1];
        double px = edgePoints[from] * s + tx;
        double py = edgePoints[from + 1] * s + ty;
        for (int k = from + 2; k < to; k += 2) {
            double x = edgePoints[k] * s + tx;
            double y = edgePoints[k + 1] * s + ty;
            if (k < to - 2 && Math.abs(x - px) + Math.abs(y - py) < 1) {
                continue;
            }
            if (!smooth) {
                raster.line(px, py, x, y, argb, alpha);
            } else {
                raster.smoothLine(px, py, x, y, argb, alpha);
                if (bold) {
                    boolean flat = Math.abs(x - px) >= Math.abs(y - py);
                    raster.smoothLine(px + (flat ? 0 : 1), py + (flat ? 1 : 0), x + (flat ? 0 : 1), y + (flat ? 1 : 0), argb, alpha);
                }
            }
            px = x;
            py = y;
        }
        if (s >= ARROW_SCALE) {
            arrowhead(edgePoints[to - 4], edgePoints[to - 3], edgePoints[to - 2], edgePoints[to - 1], view, argb, alpha);
        }
    }

    /** A triangle at the end of the segment {@code (fx, fy) -> (ex, ey)} (layout coordinates), pointing along it. */
    private void arrowhead(double fx, double fy, double endX, double endY, Viewport view, int argb, double alpha) {
        double dx = endX - fx;
        double dy = endY - fy;
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double s = view.scale();
        double size = Math.min(8, 8 / Math.sqrt(s)) * s;
        double ux = dx / length;
        double uy = dy / length;
        double ex = endX * s + view.tx();
        double ey = endY * s + view.ty();
        double bx = ex - ux * size;
        double by = ey - uy * size;
        raster.fillTriangle(ex, ey, bx - uy * size / 2, by + ux * size / 2, bx + uy * size / 2, by - ux * size / 2, argb, alpha);
    }

    /**
     * Nodes as filled rectangles in their kind's colour, at least {@link #MIN_OVERVIEW_PIXELS} wide, or named boxes
     * (see {@link #SMALL_LABEL_SCALE}); draws the raster image on {@code g}, then the names over it.
     */
    private int rasterNodes(GraphicsContext g, Rect visible, Viewport view, PathHighlight highlight, LineagePalette palette,
            LineageDrawing drawing) {
        double s = view.scale();
        double tx = view.tx();
        double ty = view.ty();
        int[] colours = new int[NodeKind.values().length];
        for (NodeKind kind : NodeKind.values()) {
            colours[kind.ordinal()] = LineageRaster.argb(palette.kind(kind));
        }
        int[] inView = new int[nodeIds.length];
        int count = 0;
        for (int n = 0; n < nodeIds.length; n++) {
            double x = nodeRects[n * 4];
            double y = nodeRects[n * 4 + 1];
            if (x <= visible.maxX() && x + nodeRects[n * 4 + 2] >= visible.x() && y <= visible.maxY()
                    && y + nodeRects[n * 4 + 3] >= visible.y()) {
                inView[count++] = n;
            }
        }
        boolean named = s >= SMALL_LABEL_SCALE && count <= MAX_SMALL_LABELS;
        int fill = LineageRaster.argb(palette.nodeFill());
        for (int k = 0; k < count; k++) {
            int n = inView[k];
            double rw = nodeRects[n * 4 + 2];
            double rh = nodeRects[n * 4 + 3];
            double w = Math.max(rw * s, MIN_OVERVIEW_PIXELS);
            double h = Math.max(rh * s, MIN_OVERVIEW_PIXELS);
            double left = (nodeRects[n * 4] + rw / 2) * s + tx - w / 2;
            double top = (nodeRects[n * 4 + 1] + rh / 2) * s + ty - h / 2;
            double alpha = highlight.isActive() && !highlight.lights(nodeIds[n]) ? DIMMED : 1;
            int colour = colours[nodeKinds[n].ordinal()];
            if (named && nameFits(rw * s)) { // light box, coloured bar and outline: dark names stay readable on every kind
                raster.fillRect(left, top, w, h, fill, alpha);
                raster.fillRect(left, top, 3, h, colour, alpha);
                raster.line(left, top, left + w - 1, top, colour, alpha);
                raster.line(left, top + h - 1, left + w - 1, top + h - 1, colour, alpha);
                raster.line(left + w - 1, top, left + w - 1, top + h - 1, colour, alpha);
            } else {
                raster.fillRect(left, top, w, h, colour, alpha);
            }
        }
        g.drawImage(raster.publish(), 0, 0);
        if (named) {
            g.setFont(SMALL);
            g.setFill(palette.text());
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            for (int k = 0; k < count; k++) {
                int n = inView[k];
                double room = nodeRects[n * 4 + 2] * s - 10;
                if (nameFits(nodeRects[n * 4 + 2] * s)) {
                    g.setGlobalAlpha(highlight.isActive() && !highlight.lights(nodeIds[n]) ? DIMMED : 1);
                    String name = shorten(drawing.name(nodeIds[n]), room * CHAR_WIDTH / SMALL_CHAR_WIDTH);
                    g.fillText(name, nodeRects[n * 4] * s + tx + 6, (nodeRects[n * 4 + 1] + nodeRects[n * 4 + 3] / 2) * s + ty);
                }
            }
            g.setGlobalAlpha(1);
        }
        return count;
    }

    /** Whether a box {@code width} pixels wide on screen has room for a useful part of a name in the small font. */
    private static boolean nameFits(double width) {
        return width - 10 >= MIN_SMALL_LABEL_CHARS * SMALL_CHAR_WIDTH;
    }

    /** The rings of the search matches, the focus and the selection, over either kind of frame. */
    private static void rings(GraphicsContext g, LineageDrawing drawing, double s, PathHighlight highlight,
            Set<String> matches, LineagePalette palette) {
        g.setGlobalAlpha(1);
        Map<String, Rect> nodes = drawing.layout().nodes();
        double grow = s < LABEL_SCALE ? Math.max(1, MIN_OVERVIEW_PIXELS / s / 40) : 1; // rings stay visible when tiny
        for (String id : matches) {
            Rect r = nodes.get(id);
            if (r != null) {
                ring(g, r, arc(drawing, id, r), palette.match(), 3 / s, 4 / s * grow);
            }
        }
        drawing.focus().map(nodes::get).ifPresent(r ->
                ring(g, r, arc(drawing, drawing.focus().get(), r), palette.text(), 1.5 / s, 3 / s * grow));
        highlight.selected().ifPresent(id -> {
            Rect r = nodes.get(id);
            if (r != null) {
                ring(g, r, arc(drawing, id, r), palette.highlight(), 3 / s, 1.5 / s * grow);
            }
        });
    }

    private static double arc(LineageDrawing drawing, String id, Rect r) {
        return Math.min(NodeShape.of(drawing.kind(id)).arc(), r.height());
    }

    /**
     * Flattens the drawing once into arrays (edge bounds and points, node rectangles and kinds), so a frame of
     * thousands of nodes is plain array loops without allocation.
     */
    private void index(LineageDrawing drawing) {
        if (indexed == drawing) {
            return;
        }
        List<EdgeRoute> routes = drawing.layout().edges();
        edgeBounds = new double[routes.size() * 4];
        edgeOffsets = new int[routes.size() + 1];
        int points = 0;
        for (EdgeRoute route : routes) {
            points += route.bendPoints().size() + 2;
        }
        edgePoints = new double[points * 2];
        int at = 0;
        for (int i = 0; i < routes.size(); i++) {
            edgeOffsets[i] = at;
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (Point p : routes.get(i).path()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
                edgePoints[at++] = p.x();
                edgePoints[at++] = p.y();
            }
            edgeBounds[i * 4] = minX;
            edgeBounds[i * 4 + 1] = minY;
            edgeBounds[i * 4 + 2] = maxX;
            edgeBounds[i * 4 + 3] = maxY;
        }
        edgeOffsets[routes.size()] = at;
        Map<String, Rect> nodes = drawing.layout().nodes();
        nodeIds = new String[nodes.size()];
        nodeRects = new double[nodes.size() * 4];
        nodeKinds = new NodeKind[nodes.size()];
        int n = 0;
        for (Map.Entry<String, Rect> e : nodes.entrySet()) {
            Rect r = e.getValue();
            nodeIds[n] = e.getKey();
            nodeKinds[n] = drawing.kind(e.getKey());
            nodeRects[n * 4] = r.x();
            nodeRects[n * 4 + 1] = r.y();
            nodeRects[n * 4 + 2] = r.width();
            nodeRects[n * 4 + 3] = r.height();
            n++;
        }
        indexed = drawing;
    }

    private int paintNodes(GraphicsContext g, LineageDrawing drawing, Rect visible, double s, PathHighlight highlight,
            LineagePalette palette) {
        int drawn = 0;
        for (Map.Entry<String, Rect> e : drawing.layout().nodes().entrySet()) {
            Rect r = e.getValue();
            if (!r.overlaps(visible)) {
                continue;
            }
            String id = e.getKey();
            NodeKind kind = drawing.kind(id);
            NodeShape shape = NodeShape.of(kind);
            Color colour = palette.kind(kind);
            double arc = Math.min(shape.arc(), r.height());
            g.setGlobalAlpha(highlight.isActive() && !highlight.lights(id) ? DIMMED : 1);
            g.setFill(palette.nodeFill());
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            g.setFill(colour);
            g.fillRoundRect(r.x(), r.y(), 6, r.height(), Math.min(arc, 6), Math.min(arc, 6));
            g.setStroke(colour);
            g.setLineWidth(1.2 / s);
            g.setLineDashes(shape == NodeShape.DASHED ? new double[] {4, 3} : null);
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            g.setLineDashes((double[]) null);
            label(g, r, drawing.name(id), kind, s, palette);
            drawn++;
        }
        g.setGlobalAlpha(1);
        return drawn;
    }

    private static void ring(GraphicsContext g, Rect r, double arc, Color colour, double width, double gap) {
        g.setStroke(colour);
        g.setLineWidth(width);
        g.strokeRoundRect(r.x() - gap, r.y() - gap, r.width() + 2 * gap, r.height() + 2 * gap, arc + gap, arc + gap);
    }

    private static void label(GraphicsContext g, Rect r, String name, NodeKind kind, double s, LineagePalette palette) {
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double left = r.x() + 12;
        List<String> lines = labelLines(name, r.width() - 18);
        double middle = r.y() + r.height() / 2;
        g.setFont(NAME);
        g.setFill(palette.text());
        if (lines.size() == 2) { // a long name takes both lines; the colour and the legend tell the kind
            g.fillText(lines.get(0), left, middle - 8);
            g.fillText(lines.get(1), left, middle + 8);
            return;
        }
        boolean withKind = s >= 0.7;
        g.fillText(lines.getFirst(), left, withKind ? r.y() + r.height() - 15 : middle);
        if (withKind) {
            g.setFont(KIND);
            g.setFill(palette.mutedText());
            g.fillText(kind.title(), left, r.y() + 12);
        }
    }

    /**
     * The name as drawn in a box {@code room} pixels wide: one line when it fits, else two, broken after a
     * separator ({@code _ . - /} or a space) in the second half of the first line, the rest cut in the middle
     * when it is still too long.
     */
    static List<String> labelLines(String name, double room) {
        int fits = (int) Math.floor(room / CHAR_WIDTH);
        if (name.length() <= fits || fits < 4) {
            return List.of(shorten(name, room));
        }
        int split = fits;
        for (int i = fits - 1; i >= fits / 2; i--) {
            if ("_.-/ ".indexOf(name.charAt(i)) >= 0) {
                split = i + 1;
                break;
            }
        }
        return List.of(name.substring(0, split), shorten(name.substring(split), room));
    }

    /**
     * {@code name}, cut in the middle with an ellipsis to fit {@code room} pixels at the name font: dbt names
     * share long prefixes ({@code data_quality__claims_preprocessing_…}), so the end that tells them apart is kept.
     */
    static String shorten(String name, double room) {
        int fits = (int) Math.floor(room / CHAR_WIDTH);
        if (name.length() <= fits) {
            return name;
        }
        if (fits <= 1) {
            return "…";
        }
        int head = (fits - 1) * 2 / 5;
        int tail = fits - 1 - head;
        return name.substring(0, head) + "…" + name.substring(name.length() - tail);
    }
}
