package dev.steward.views.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javax.imageio.ImageIO;

/** Writes what a scene or node shows as a PNG file (views export, and snapshots in tests). */
public final class PngExport {
    private PngExport() {
    }

    /** Snapshots {@code scene} (on the FX thread) and writes it to {@code file}. */
    public static Path write(Scene scene, Path file) throws IOException {
        return write(scene.snapshot(null), file);
    }

    /** Snapshots {@code node} (on the FX thread) and writes it to {@code file}. */
    public static Path write(Node node, Path file) throws IOException {
        return write(node.snapshot(null, null), file);
    }

    public static Path write(Image image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            reader.getPixels(0, y, w, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, w);
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        ImageIO.write(out, "png", file.toFile());
        return file;
    }

}
