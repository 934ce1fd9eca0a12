package dev.steward.views.lineage;

import dev.steward.model.lineage.NodeKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/**
 * The colours the lineage canvas draws with, read from the theme's looked-up colours (AtlantaFX:
 * {@code -color-bg-default}, {@code -color-fg-default}, {@code -color-accent-fg}, the chart colours
 * {@code -color-chart-1..8} for node kinds), so the light and the dark theme both work. Falls back
 * to the AtlantaFX Primer Light values when the scene has no AtlantaFX stylesheet.
 */
public record LineagePalette(Color background, Color nodeFill, Color text, Color mutedText, Color edge,
        Color highlight, Color match, Map<NodeKind.Category, Color> categories) {

    /** Looked-up colour names, in the order of the record's first seven components. */
    static final List<String> BASE_NAMES = List.of("-color-bg-default", "-color-bg-subtle", "-color-fg-default",
            "-color-fg-muted", "-color-fg-subtle", "-color-accent-fg", "-color-warning-emphasis");

    public LineagePalette {
        categories = Map.copyOf(categories);
    }

    /** Primer Light's values. */
    public static LineagePalette light() {
        return new LineagePalette(Color.web("#ffffff"), Color.web("#f6f8fa"), Color.web("#24292f"), Color.web("#57606a"),
                Color.web("#6e7781"), Color.web("#0969da"), Color.web("#bf8700"),
                chart(List.of("#4258c9", "#9a42c8", "#57b757", "#fba71b", "#41a9c9", "#c84164", "#888888", "#f3622d")));
    }

    /**
     * The colour of a node kind: one chart colour per {@link NodeKind.Category}; within dbt, sources and seeds
     * (the raw inputs) are told apart from models by hue: sources green, seeds a muted brown; the parts of a thing
     * (schema objects and ports, then properties and columns; semantic models under their metrics) are paler
     * shades of its colour.
     */
    public Color kind(NodeKind kind) {
        Color base = categories.getOrDefault(kind.category(), mutedText);
        return switch (kind) {
            case SOURCE -> base.deriveColor(-35, 1, 0.8, 1);
            case SEED -> base.deriveColor(-170, 0.7, 0.8, 1);
            case SCHEMA_OBJECT, PORT, SEMANTIC_MODEL -> base.deriveColor(0, 0.7, 1.15, 1); // parts: paler than the whole
            case PROPERTY, COLUMN -> base.deriveColor(0, 0.45, 1.3, 1);
            default -> base;
        };
    }

    /** Reads the palette through {@code probe} (a node in a styled scene; its style is replaced); {@link #light()} when unresolved. */
    public static LineagePalette resolve(Region probe) {
        StringBuilder style = new StringBuilder("-fx-background-color: ");
        List<String> names = new java.util.ArrayList<>(BASE_NAMES);
        for (int i = 1; i <= NodeKind.Category.values().length; i++) {
            names.add("-color-chart-" + CHART_ORDER[i - 1]);
        }
        style.append(String.join(", ", names)).append(';');
        probe.setStyle(style.toString());
        probe.applyCss();
        if (probe.getBackground() == null || probe.getBackground().getFills().size() != names.size()) {
            return light();
        }
        List<Color> colors = new java.util.ArrayList<>();
        for (BackgroundFill fill : probe.getBackground().getFills()) {
            Paint paint = fill.getFill();
            if (!(paint instanceof Color c)) {
                return light();
            }
            colors.add(c);
        }
        Map<NodeKind.Category, Color> byCategory = new EnumMap<>(NodeKind.Category.class);
        NodeKind.Category[] categories = NodeKind.Category.values();
        for (int i = 0; i < categories.length; i++) {
            byCategory.put(categories[i], colors.get(BASE_NAMES.size() + i));
        }
        return new LineagePalette(colors.get(0), colors.get(1), colors.get(2), colors.get(3), colors.get(4),
                colors.get(5), colors.get(6), byCategory);
    }

    /**
     * AtlantaFX chart colour index per category, in {@link NodeKind.Category} order: contracts blue,
     * products purple, metrics green, exposures amber, dbt teal, datasets rose, tests grey, other orange.
     */
    private static final int[] CHART_ORDER = {5, 6, 3, 2, 4, 7, 8, 1};

    private static Map<NodeKind.Category, Color> chart(List<String> webColours) {
        Map<NodeKind.Category, Color> out = new EnumMap<>(NodeKind.Category.class);
        NodeKind.Category[] categories = NodeKind.Category.values();
        for (int i = 0; i < categories.length; i++) {
            out.put(categories[i], Color.web(webColours.get(i)));
        }
        return out;
    }

    /** {@code #rrggbb} for SVG. */
    static String hex(Color c) {
        return String.format("#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
