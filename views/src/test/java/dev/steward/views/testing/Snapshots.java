package dev.steward.views.testing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Parent;
import javafx.scene.SnapshotParameters;
import javafx.scene.paint.Color;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Window;
import javax.imageio.ImageIO;

/**
 * Writes PNG pictures of windows for humans to look at: the window's scene, with any popups
 * (hover, completion, menus) painted on top at their screen positions. Call on the FX thread.
 */
public final class Snapshots {
    private Snapshots() {
    }

    /** Directory where the views module keeps its snapshots: {@code views/target/snapshots}. */
    public static Path directory() {
        Path target = Path.of("target");
        return target.resolve("snapshots");
    }

    /** Snapshots {@code window} with {@code popups} over it and writes a PNG to {@code file}; returns the file. */
    public static Path write(Window window, List<? extends Window> popups, Path file) {
        WritableImage base = window.getScene().snapshot(null);
        var image = toBufferedImage(base);
        var graphics = image.createGraphics();
        double originX = window.getX() + window.getScene().getX();
        double originY = window.getY() + window.getScene().getY();
        for (Window popup : popups) {
            if (popup.isShowing() && popup.getScene() != null) {
                Parent root = popup.getScene().getRoot();
                var params = new SnapshotParameters();
                params.setFill(Color.TRANSPARENT);
                var picture = toBufferedImage(root.snapshot(params, null));
                Bounds onScreen = root.localToScreen(root.getBoundsInLocal());
                graphics.drawImage(picture, (int) Math.round(onScreen.getMinX() - originX),
                        (int) Math.round(onScreen.getMinY() - originY), null);
            }
        }
        graphics.dispose();
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            ImageIO.write(image, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write snapshot " + file, e);
        }
        return file;
    }

    public static BufferedImage toBufferedImage(WritableImage fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        var out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = fx.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }
}
