package dev.steward.views.mesh;

import dev.steward.model.lineage.layout.Point;
import dev.steward.model.lineage.layout.Rect;
import dev.steward.views.lineage.Viewport;

/**
 * Keeps the user's place when the domain map is rebuilt: the same zoom, moved so that the anchor product
 * (the selected one, else the first product drawn in both maps) stays where it was on screen. A rebuild after
 * a save thus never jumps, even when the layout around the product changes.
 */
final class ViewportAnchor {

    private ViewportAnchor() {
    }

    /** The viewport that shows {@code after} as {@code view} showed {@code before}; {@code view} when no product is in both. */
    static Viewport keep(DomainMapDrawing before, DomainMapDrawing after, Viewport view, String selected) {
        String anchor = anchor(before, after, selected);
        if (anchor == null) {
            return view;
        }
        Point was = view.toScreen(before.products().get(anchor).center());
        Point now = after.products().get(anchor).center();
        return new Viewport(view.scale(), was.x() - now.x() * view.scale(), was.y() - now.y() * view.scale());
    }

    /** The product to hold still: the selection when it is in both drawings, else the first one in both. */
    static String anchor(DomainMapDrawing before, DomainMapDrawing after, String selected) {
        if (selected != null && before.products().containsKey(selected) && after.products().containsKey(selected)) {
            return selected;
        }
        for (String id : before.products().keySet()) {
            Rect r = after.products().get(id);
            if (r != null) {
                return id;
            }
        }
        return null;
    }
}
