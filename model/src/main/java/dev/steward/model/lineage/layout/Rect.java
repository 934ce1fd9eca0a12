package dev.steward.model.lineage.layout;

/** An axis-aligned rectangle in layout coordinates; {@code x, y} is the top left corner. */
public record Rect(double x, double y, double width, double height) {

    public Rect {
        if (!(width >= 0) || !(height >= 0)) {
            throw new IllegalArgumentException("A rectangle needs a width and height >= 0, got " + width + " x " + height);
        }
    }

    public double maxX() {
        return x + width;
    }

    public double maxY() {
        return y + height;
    }

    public Point center() {
        return new Point(x + width / 2, y + height / 2);
    }

    /** True when the interiors overlap; rectangles that only touch along an edge do not overlap. */
    public boolean overlaps(Rect other) {
        return x < other.maxX() && other.x < maxX() && y < other.maxY() && other.y < maxY();
    }

    /** True when {@code p} lies on the outline of this rectangle, within {@code tolerance}. */
    public boolean onBorder(Point p, double tolerance) {
        boolean withinX = p.x() >= x - tolerance && p.x() <= maxX() + tolerance;
        boolean withinY = p.y() >= y - tolerance && p.y() <= maxY() + tolerance;
        boolean onVertical = Math.abs(p.x() - x) <= tolerance || Math.abs(p.x() - maxX()) <= tolerance;
        boolean onHorizontal = Math.abs(p.y() - y) <= tolerance || Math.abs(p.y() - maxY()) <= tolerance;
        return withinX && withinY && (onVertical || onHorizontal);
    }

    public Rect translated(double dx, double dy) {
        return new Rect(x + dx, y + dy, width, height);
    }
}
