package dev.steward.views.mesh;

import dev.steward.model.lineage.layout.EdgeRoute;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import dev.steward.views.lineage.Viewport;
import java.util.List;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * Paints a {@link DomainMapDrawing}: domain boxes with their names, product cards (name, status), edges with
 * arrowheads; edges across domains thick in the accent colour, edges in a cycle and products with policy
 * findings in the danger (errors) or warning colour with a count badge; the selected product outlined.
 */
final class DomainMapPainter {

    void paint(GraphicsContext g, double width, double height, DomainMapDrawing drawing, Viewport view,
               String selected, DomainMapPalette p) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(p.background());
        g.fillRect(0, 0, width, height);
        g.setTransform(view.scale(), 0, 0, view.scale(), view.tx(), view.ty());
        g.setTextBaseline(VPos.CENTER);
        g.setLineCap(StrokeLineCap.ROUND);
        for (Map.Entry<String, Rect> e : drawing.domains().entrySet()) {
            Rect r = e.getValue();
            g.setFill(p.groupFill());
            g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 18, 18);
            g.setStroke(p.border());
            g.setLineWidth(1.5);
            g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 18, 18);
            String label = drawing.map().domain(e.getKey()).map(DomainMap.Group::label).orElse(e.getKey());
            g.setFill(p.text());
            g.setFont(Font.font(null, FontWeight.BOLD, 15));
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(label, r.x() + DomainMapLayout.PADDING, r.y() + DomainMapLayout.PADDING + 4,
                    r.width() - 2 * DomainMapLayout.PADDING);
        }
        List<DomainMap.ProductEdge> edges = drawing.map().edges();
        for (int i = 0; i < edges.size(); i++) {
            DomainMap.ProductEdge edge = edges.get(i);
            Color colour = edge.inCycle() ? p.danger() : edge.crossDomain() ? p.accent() : p.edge();
            double lineWidth = edge.inCycle() || edge.crossDomain() ? 3 : 1.5;
            edge(g, drawing.routes().get(i), drawing.products().get(edge.source()), colour, lineWidth, edge.crossDomain());
        }
        for (Map.Entry<String, Rect> e : drawing.products().entrySet()) {
            drawing.map().product(e.getKey()).ifPresent(node -> product(g, e.getValue(), node, e.getKey().equals(selected), p));
        }
    }

    private void edge(GraphicsContext g, EdgeRoute route, Rect from, Color colour, double lineWidth, boolean curved) {
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(lineWidth);
        List<Point> path = route.path();
        Point end = path.getLast();
        Point before = path.get(path.size() - 2);
        g.beginPath();
        g.moveTo(path.getFirst().x(), path.getFirst().y());
        Point s = path.getFirst();
        boolean vertical = from != null && (s.y() == from.maxY() || s.y() == from.y()) && s.x() == from.center().x();
        if (curved && path.size() == 2 && vertical) { // between rows of domains: leave down, arrive from above
            double bend = Math.max(40, Math.abs(end.y() - s.y()) / 2) * Math.signum(end.y() - s.y());
            g.bezierCurveTo(s.x(), s.y() + bend, end.x(), end.y() - bend, end.x(), end.y());
            before = new Point(end.x(), end.y() - bend);
        } else if (curved && path.size() == 2) {
            double bend = Math.max(40, Math.abs(end.x() - s.x()) / 2) * Math.signum(end.x() - s.x() == 0 ? 1 : end.x() - s.x());
            g.bezierCurveTo(s.x() + bend, s.y(), end.x() - bend, end.y(), end.x(), end.y());
            before = new Point(end.x() - bend, end.y());
        } else {
            for (Point q : path.subList(1, path.size())) {
                g.lineTo(q.x(), q.y());
            }
        }
        g.stroke();
        double angle = Math.atan2(end.y() - before.y(), end.x() - before.x());
        double size = 6 + lineWidth * 1.5;
        g.fillPolygon(new double[]{end.x(), end.x() - size * Math.cos(angle - 0.4), end.x() - size * Math.cos(angle + 0.4)},
                new double[]{end.y(), end.y() - size * Math.sin(angle - 0.4), end.y() - size * Math.sin(angle + 0.4)}, 3);
    }

    /** The id, the status and, when an output port carries personal data, "PII". */
    static String subtitle(DomainMap.ProductNode node) {
        return node.id() + (node.status() == null ? "" : " · " + node.status()) + (node.pii() ? " · PII" : "");
    }

    private void product(GraphicsContext g, Rect r, DomainMap.ProductNode node, boolean selected, DomainMapPalette p) {
        Color flag = node.errors() > 0 ? p.danger() : node.warnings() > 0 ? p.warning() : null;
        g.setFill(p.nodeFill());
        g.fillRoundRect(r.x(), r.y(), r.width(), r.height(), 10, 10);
        g.setStroke(selected ? p.accent() : flag != null ? flag : p.border());
        g.setLineWidth(selected ? 3.5 : flag != null ? 2.5 : 1.5);
        g.strokeRoundRect(r.x(), r.y(), r.width(), r.height(), 10, 10);
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(p.text());
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        g.fillText(node.label(), r.x() + 12, r.y() + r.height() * 0.36, r.width() - 24 - (flag != null ? 22 : 0));
        g.setFill(p.mutedText());
        g.setFont(Font.font(null, FontWeight.NORMAL, 11.5));
        g.fillText(subtitle(node), r.x() + 12, r.y() + r.height() * 0.70, r.width() - 24);
        if (flag != null) {
            int count = node.errors() + node.warnings();
            double cx = r.maxX() - 4;
            double cy = r.y() + 4;
            g.setFill(flag);
            g.fillOval(cx - 11, cy - 11, 22, 22);
            g.setFill(p.nodeFill());
            g.setFont(Font.font(null, FontWeight.BOLD, 12));
            g.setTextAlign(TextAlignment.CENTER);
            g.fillText(String.valueOf(count), cx, cy);
        }
    }
}
