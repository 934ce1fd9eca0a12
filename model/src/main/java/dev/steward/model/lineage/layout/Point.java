package dev.steward.model.lineage.layout;

/** A point in layout coordinates (origin top left, y down, unit = pixels at zoom 1). */
public record Point(double x, double y) {

    public Point translated(double dx, double dy) {
        return new Point(x + dx, y + dy);
    }
}
