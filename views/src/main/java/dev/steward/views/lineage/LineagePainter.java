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
 * Paints a {@link LineageDrawing} onto a canvas: only nodes and edges that intersect the viewport,
 * names only from {@link #LABEL_SCALE} up (below it nodes are small coloured boxes), arrowheads only
 * from {@link #ARROW_SCALE} up. With a selection, its paths are drawn in the accent colour and the
 * rest dimmed. Call on the FX thread.
 */
final class LineagePainter {

    /** Below this zoom, nodes are drawn without labels. */
    static final double LABEL_SCALE = 0.45;
    /**
     * Below this zoom (an overview of thousands of nodes), edges are faint straight lines and nodes
     * plain rectangles at least {@link #MIN_OVERVIEW_PIXELS} on screen, so the nodes stay visible.
     */
    static final double OVERVIEW_SCALE = 0.1;
    private static final double MIN_OVERVIEW_PIXELS = 3;
    private static final double OVERVIEW_EDGE_ALPHA = 0.3;
    /** Edges between unlabelled boxes are lighter, so the boxes stand out. */
    private static final double BOXES_EDGE_ALPHA = 0.5;
    /** Below this zoom, edges have no arrowheads. */
    static final double ARROW_SCALE = 0.3;
    private static final double DIMMED = 0.18;
    /** Edges per stroked path. */
    private static final int BATCH = 64;
    private static final Font NAME = Font.font("System", 12);
    private static final Font KIND = Font.font("System", 9.5);
    /** Average glyph width of {@link #NAME}, to shorten names without measuring every one. */
    private static final double CHAR_WIDTH = 6.6;

    private LineageDrawing indexed;
    private double[] edgeBounds = new double[0];

    /** What one frame drew: for tests and timing. */
    record Frame(int nodes, int edges, boolean labels) {
    }

    Frame paint(GraphicsContext g, double width, double height, LineageDrawing drawing, Viewport view,
            PathHighlight highlight, Set<String> matches, LineagePalette palette) {
        g.setGlobalAlpha(1);
        g.setFill(palette.background());
        g.fillRect(0, 0, width, height);
        if (drawing.isEmpty()) {
            return new Frame(0, 0, false);
        }
        index(drawing);
        Rect visible = view.visible(width, height);
        double s = view.scale();
        g.save();
        g.transform(s, 0, 0, s, view.tx(), view.ty());
        int edges = paintEdges(g, drawing, visible, s, highlight, palette);
        boolean labels = s >= LABEL_SCALE;
        int nodes = paintNodes(g, drawing, visible, s, labels, highlight, matches, palette);
        g.restore();
        g.setGlobalAlpha(1);
        return new Frame(nodes, edges, labels);
    }

    private void index(LineageDrawing drawing) {
        if (indexed == drawing) {
            return;
        }
        List<EdgeRoute> routes = drawing.layout().edges();
        edgeBounds = new double[routes.size() * 4];
        for (int i = 0; i < routes.size(); i++) {
            double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
            for (Point p : routes.get(i).path()) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
            edgeBounds[i * 4] = minX;
            edgeBounds[i * 4 + 1] = minY;
            edgeBounds[i * 4 + 2] = maxX;
            edgeBounds[i * 4 + 3] = maxY;
        }
        indexed = drawing;
    }

    /**
     * Edges in two batches, each one path stroked once (one shape for the renderer instead of one per
     * edge): first the plain or dimmed edges, then the lit ones on top; arrowheads likewise.
     */
    private int paintEdges(GraphicsContext g, LineageDrawing drawing, Rect visible, double s, PathHighlight highlight,
            LineagePalette palette) {
        List<EdgeRoute> routes = drawing.layout().edges();
        List<EdgeRoute> plain = new ArrayList<>();
        List<EdgeRoute> lit = new ArrayList<>();
        for (int i = 0; i < routes.size(); i++) {
            if (edgeBounds[i * 4] > visible.maxX() || edgeBounds[i * 4 + 2] < visible.x()
                    || edgeBounds[i * 4 + 1] > visible.maxY() || edgeBounds[i * 4 + 3] < visible.y()) {
                continue;
            }
            EdgeRoute route = routes.get(i);
            (highlight.lightsEdge(route.source(), route.target()) ? lit : plain).add(route);
        }
        boolean overview = s < OVERVIEW_SCALE;
        double plainAlpha = highlight.isActive() ? DIMMED : overview ? OVERVIEW_EDGE_ALPHA : s < LABEL_SCALE ? BOXES_EDGE_ALPHA : 1;
        strokeBatch(g, plain, palette.edge(), plainAlpha, 1 / s, overview, s);
        strokeBatch(g, lit, palette.highlight(), 1, 2.2 / s, false, s);
        g.setGlobalAlpha(1);
        return plain.size() + lit.size();
    }

    private static void strokeBatch(GraphicsContext g, List<EdgeRoute> routes, Color colour, double alpha, double width,
            boolean straight, double s) {
        if (routes.isEmpty()) {
            return;
        }
        g.setGlobalAlpha(alpha);
        g.setStroke(colour);
        g.setLineWidth(width);
        g.beginPath();
        int inPath = 0;
        for (EdgeRoute route : routes) {
            if (inPath++ == BATCH) { // very long paths rasterise slower than several short ones
                g.stroke();
                g.beginPath();
                inPath = 1;
            }
            g.moveTo(route.start().x(), route.start().y());
            if (!straight) {
                for (Point p : route.bendPoints()) {
                    g.lineTo(p.x(), p.y());
                }
            }
            g.lineTo(route.end().x(), route.end().y());
        }
        g.stroke();
        if (s >= ARROW_SCALE) {
            g.setFill(colour);
            g.beginPath();
            for (EdgeRoute route : routes) {
                arrowhead(g, route, s);
            }
            g.fill();
        }
    }

    /** Adds a closed triangle at the route's end, pointing along its last segment, to the current path. */
    private static void arrowhead(GraphicsContext g, EdgeRoute route, double s) {
        Point end = route.end();
        Point from = route.bendPoints().isEmpty() ? route.start() : route.bendPoints().getLast();
        double dx = end.x() - from.x();
        double dy = end.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (length == 0) {
            return;
        }
        double size = Math.min(8, 8 / Math.sqrt(s));
        double ux = dx / length;
        double uy = dy / length;
        double bx = end.x() - ux * size;
        double by = end.y() - uy * size;
        g.moveTo(end.x(), end.y());
        g.lineTo(bx - uy * size / 2, by + ux * size / 2);
        g.lineTo(bx + uy * size / 2, by - ux * size / 2);
        g.closePath();
    }

    private int paintNodes(GraphicsContext g, LineageDrawing drawing, Rect visible, double s, boolean labels,
            PathHighlight highlight, Set<String> matches, LineagePalette palette) {
        int drawn = 0;
        String focus = drawing.focus().orElse(null);
        String selected = highlight.selected().orElse(null);
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
            if (labels) {
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
            } else if (s < OVERVIEW_SCALE) {
                double min = MIN_OVERVIEW_PIXELS / s;
                double w = Math.max(r.width(), min);
                double h = Math.max(r.height(), min);
                g.setFill(colour);
                g.fillRect(r.center().x() - w / 2, r.center().y() - h / 2, w, h);
            } else {
                g.setFill(colour);
                g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), arc, arc);
            }
            if (matches.contains(id)) {
                ring(g, r, arc, palette.match(), 3 / s, 4 / s);
            }
            if (id.equals(focus)) {
                ring(g, r, arc, palette.text(), 1.5 / s, 3 / s);
            }
            if (id.equals(selected)) {
                ring(g, r, arc, palette.highlight(), 3 / s, 1.5 / s);
            }
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
        double room = r.width() - 18;
        boolean twoLines = s >= 0.7;
        if (twoLines) {
            g.setFont(KIND);
            g.setFill(palette.mutedText());
            g.fillText(kind.title(), left, r.y() + 12);
        }
        g.setFont(NAME);
        g.setFill(palette.text());
        g.fillText(shorten(name, room), left, twoLines ? r.y() + r.height() - 15 : r.y() + r.height() / 2);
    }

    /** {@code name}, cut with an ellipsis to fit {@code room} pixels at the name font. */
    static String shorten(String name, double room) {
        int fits = (int) Math.floor(room / CHAR_WIDTH);
        if (name.length() <= fits) {
            return name;
        }
        return fits <= 1 ? "…" : name.substring(0, fits - 1) + "…";
    }
}
