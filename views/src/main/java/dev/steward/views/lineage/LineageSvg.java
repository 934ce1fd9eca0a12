package dev.steward.views.lineage;

import dev.steward.model.lineage.NodeKind;
import dev.steward.model.lineage.layout.EdgeRoute;
import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link LineageDrawing} as a standalone SVG document: the whole drawn graph at zoom 1,
 * nodes coloured and shaped as on the canvas, edges as polylines with arrowheads, the selection's
 * paths highlighted and the rest dimmed. Each node is a {@code <g>} with the node id as
 * {@code data-id} and a {@code <title>} (its kind and name) for tooltips in browsers.
 */
final class LineageSvg {

    private LineageSvg() {
    }

    static String write(LineageDrawing drawing, PathHighlight highlight, Set<String> matches, LineagePalette palette) {
        Rect b = drawing.layout().bounds();
        StringBuilder svg = new StringBuilder(256 + drawing.layout().nodes().size() * 400);
        svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(num(b.width()))
                .append("\" height=\"").append(num(b.height())).append("\" viewBox=\"").append(num(b.x())).append(' ')
                .append(num(b.y())).append(' ').append(num(b.width())).append(' ').append(num(b.height())).append("\">\n");
        String edge = LineagePalette.hex(palette.edge());
        String lit = LineagePalette.hex(palette.highlight());
        svg.append("<defs>\n").append(marker("arrow", edge)).append(marker("arrow-lit", lit)).append("</defs>\n");
        svg.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y())).append("\" width=\"100%\" height=\"100%\" fill=\"")
                .append(LineagePalette.hex(palette.background())).append("\"/>\n");
        svg.append("<g font-family=\"sans-serif\">\n");
        for (EdgeRoute route : drawing.layout().edges()) {
            boolean on = highlight.lightsEdge(route.source(), route.target());
            svg.append("<polyline fill=\"none\" stroke=\"").append(on ? lit : edge).append("\" stroke-width=\"")
                    .append(on ? "2.2" : "1").append('"').append(opacity(highlight.isActive() && !on))
                    .append(" marker-end=\"url(#").append(on ? "arrow-lit" : "arrow").append(")\" points=\"");
            for (Point p : route.path()) {
                svg.append(num(p.x())).append(',').append(num(p.y())).append(' ');
            }
            svg.setLength(svg.length() - 1);
            svg.append("\"/>\n");
        }
        for (Map.Entry<String, Rect> e : drawing.layout().nodes().entrySet()) {
            node(svg, drawing, e.getKey(), e.getValue(), highlight, matches, palette);
        }
        svg.append("</g>\n</svg>\n");
        return svg.toString();
    }

    private static void node(StringBuilder svg, LineageDrawing drawing, String id, Rect r, PathHighlight highlight,
            Set<String> matches, LineagePalette palette) {
        NodeKind kind = drawing.kind(id);
        NodeShape shape = NodeShape.of(kind);
        String colour = LineagePalette.hex(palette.kind(kind));
        double radius = Math.min(shape.arc(), r.height()) / 2;
        boolean selected = highlight.selected().map(id::equals).orElse(false);
        String stroke = selected ? LineagePalette.hex(palette.highlight()) : matches.contains(id) ? LineagePalette.hex(palette.match()) : colour;
        svg.append("<g data-id=\"").append(escape(id)).append('"').append(opacity(highlight.isActive() && !highlight.lights(id)))
                .append("><title>").append(escape(kind.title() + ": " + drawing.name(id))).append("</title>\n");
        svg.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"").append(num(r.width()))
                .append("\" height=\"").append(num(r.height())).append("\" rx=\"").append(num(radius)).append("\" fill=\"")
                .append(LineagePalette.hex(palette.nodeFill())).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(selected || matches.contains(id) ? "3" : "1.2").append('"')
                .append(shape == NodeShape.DASHED ? " stroke-dasharray=\"4 3\"" : "").append("/>\n");
        svg.append("<rect x=\"").append(num(r.x())).append("\" y=\"").append(num(r.y())).append("\" width=\"6\" height=\"")
                .append(num(r.height())).append("\" rx=\"").append(num(Math.min(radius, 3))).append("\" fill=\"").append(colour).append("\"/>\n");
        List<String> lines = LineagePainter.labelLines(drawing.name(id), r.width() - 18);
        if (lines.size() == 1) { // as on the canvas: the kind above a one-line name, a long name on both lines
            svg.append("<text x=\"").append(num(r.x() + 12)).append("\" y=\"").append(num(r.y() + 15)).append("\" font-size=\"9.5\" fill=\"")
                    .append(LineagePalette.hex(palette.mutedText())).append("\">").append(escape(kind.title())).append("</text>\n");
        }
        double first = lines.size() == 1 ? r.maxY() - 11 : r.y() + r.height() / 2 - 4;
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<text x=\"").append(num(r.x() + 12)).append("\" y=\"").append(num(first + 16 * i)).append("\" font-size=\"12\" fill=\"")
                    .append(LineagePalette.hex(palette.text())).append("\">").append(escape(lines.get(i))).append("</text>\n");
        }
        svg.append("</g>\n");
    }

    private static String marker(String id, String colour) {
        return "<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\""
                + " markerUnits=\"userSpaceOnUse\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"" + colour + "\"/></marker>\n";
    }

    private static String opacity(boolean dimmed) {
        return dimmed ? " opacity=\"0.18\"" : "";
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
