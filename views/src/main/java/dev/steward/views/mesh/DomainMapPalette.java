package dev.steward.views.mesh;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * The colours of the domain map, read from the theme's AtlantaFX looked-up colours so light and dark both
 * work; the Primer Light values when the scene has no AtlantaFX stylesheet.
 */
public record DomainMapPalette(Color background, Color groupFill, Color nodeFill, Color border, Color text,
                               Color mutedText, Color edge, Color accent, Color danger, Color warning) {

    static final List<String> NAMES = List.of("-color-bg-default", "-color-bg-subtle", "-color-bg-default",
            "-color-border-default", "-color-fg-default", "-color-fg-muted", "-color-fg-subtle", "-color-accent-fg",
            "-color-danger-fg", "-color-warning-fg");

    public static DomainMapPalette light() {
        return new DomainMapPalette(Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#ffffff"),
                Color.web("#d0d7de"), Color.web("#24292f"), Color.web("#57606a"), Color.web("#6e7781"),
                Color.web("#0969da"), Color.web("#cf222e"), Color.web("#9a6700"));
    }

    /** Reads the palette through {@code probe} (a hidden node in a styled scene; its style is replaced). */
    public static DomainMapPalette resolve(Region probe) {
        probe.setStyle("-fx-background-color: " + String.join(", ", NAMES) + ";");
        probe.applyCss();
        if (probe.getBackground() == null || probe.getBackground().getFills().size() != NAMES.size()) {
            return light();
        }
        List<Color> c = new ArrayList<>();
        for (BackgroundFill fill : probe.getBackground().getFills()) {
            if (!(fill.getFill() instanceof Color colour)) {
                return light();
            }
            c.add(colour);
        }
        return new DomainMapPalette(c.get(0), c.get(1), c.get(2), c.get(3), c.get(4), c.get(5), c.get(6), c.get(7),
                c.get(8), c.get(9));
    }
}
