package dev.steward.views.editor;

import java.util.function.IntFunction;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

/**
 * The gutter of each paragraph: its line number and a marker with the worst severity of the
 * diagnostics starting on that line. Hovering the marker shows the messages. A marker listens
 * to the diagnostics only while it is in a scene, so off-screen gutters neither update nor leak.
 */
final class DiagnosticGutter implements IntFunction<Node> {
    private final IntFunction<Node> lineNumbers;
    private final ObservableValue<DiagnosticLayout> layout;
    private final DiagnosticHover hover;

    DiagnosticGutter(CodeArea area, ObservableValue<DiagnosticLayout> layout, DiagnosticHover hover) {
        this.lineNumbers = LineNumberFactory.get(area);
        this.layout = layout;
        this.hover = hover;
    }

    @Override
    public Node apply(int paragraph) {
        var marker = new StackPane();
        marker.getStyleClass().add("diagnostic-marker");
        marker.setAlignment(Pos.CENTER);
        layout.when(marker.sceneProperty().isNotNull()).subscribe(l -> showWorst(marker, l, paragraph));
        marker.setOnMouseEntered(e -> {
            var diagnostics = layout.getValue().onParagraph(paragraph);
            if (!diagnostics.isEmpty()) {
                hover.show(diagnostics, marker, e.getScreenX() + 8, e.getScreenY() + 12);
            }
        });
        marker.setOnMouseExited(e -> hover.hide());
        var gutter = new HBox(lineNumbers.apply(paragraph), marker);
        gutter.getStyleClass().add("editor-gutter");
        gutter.setAlignment(Pos.CENTER_LEFT);
        return gutter;
    }

    private static void showWorst(StackPane marker, DiagnosticLayout layout, int paragraph) {
        marker.getChildren().setAll(layout.worstOn(paragraph).map(SeverityIcons::of).stream().toList());
    }
}
