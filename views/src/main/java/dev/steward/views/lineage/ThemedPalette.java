package dev.steward.views.lineage;

import java.util.Objects;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.layout.Region;

/**
 * A canvas palette read from the theme through a hidden probe node, re-read only when the scene's
 * stylesheets or the user-agent stylesheet (light/dark) changed. Add {@link #probe()} to the owner's children.
 *
 * @param <P> the palette record
 */
public final class ThemedPalette<P> {

    private final Region owner;
    private final Region probe = new Region();
    private final Function<Region, P> resolve;
    private P palette;
    private String source;

    public ThemedPalette(Region owner, P fallback, Function<Region, P> resolve) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.palette = Objects.requireNonNull(fallback, "fallback");
        this.resolve = Objects.requireNonNull(resolve, "resolve");
        probe.setManaged(false);
        probe.setVisible(false);
        owner.sceneProperty().addListener(o -> source = null);
    }

    /** The hidden node the colours are read through. */
    public Region probe() {
        return probe;
    }

    /** The palette of the current theme (the fallback while the owner has no scene). */
    public P get() {
        if (owner.getScene() != null) {
            String now = Application.getUserAgentStylesheet() + owner.getScene().getStylesheets();
            if (!now.equals(source)) {
                source = now;
                palette = resolve.apply(probe);
            }
        }
        return palette;
    }
}
