package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.steward.views.testing.Fx;
import dev.steward.views.testing.Stages;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Restyling only the changed lines must give the same colors as styling the whole text afresh,
 * whatever the edits (block scalars opened and closed, lines joined and split, several edits per pulse).
 */
@ExtendWith(ApplicationExtension.class)
class IncrementalHighlightingTest {
    private static final List<String> SNIPPETS = List.of("|", "\n", "  ", "key: ", "- ", "# c", "x", ": ", "'q", ">-\n", "\n  a: 1\n");

    private YamlCodeEditor edited;
    private YamlCodeEditor fresh;

    @Start
    void start(Stage stage) {
        edited = new YamlCodeEditor();
        fresh = new YamlCodeEditor();
        Stages.show(stage, new javafx.scene.layout.HBox(edited, fresh), 800, 400);
    }

    @Test
    void randomEditsEndInTheSameStylesAsAFullRestyle() {
        var random = new Random(42);
        Fx.run(() -> edited.replaceText(EditorSnapshotTest.CONTRACT));
        for (int round = 0; round < 40; round++) {
            Fx.run(() -> {
                var area = edited.area();
                for (int edit = 0; edit < 1 + random.nextInt(3); edit++) {
                    int at = random.nextInt(area.getLength() + 1);
                    int end = Math.min(area.getLength(), at + (random.nextInt(4) == 0 ? random.nextInt(12) : 0));
                    area.replaceText(at, end, SNIPPETS.get(random.nextInt(SNIPPETS.size())));
                }
            });
            Fx.run(() -> edited.setDiagnostics(List.of()));
            String text = Fx.call(edited::getText);
            Fx.run(() -> fresh.replaceText(text));
            var expected = Fx.call(() -> allRuns(fresh));
            var actual = Fx.call(() -> allRuns(edited));
            String[] lines = text.split("\n", -1);
            for (int p = 0; p < expected.size(); p++) {
                int line = p;
                int r = round;
                assertEquals(expected.get(p), actual.get(p), () -> "round " + r + ", line " + (line + 1) + ": " + lines[line]);
            }
            assertEquals(expected.size(), actual.size());
        }
    }

    private static List<List<String>> allRuns(YamlCodeEditor editor) {
        var all = new ArrayList<List<String>>();
        for (int p = 0; p < editor.area().getParagraphs().size(); p++) {
            all.add(runs(editor, p));
        }
        return all;
    }

    /** "style-classes x length" runs of one paragraph, equal neighbours merged; call on the FX thread. */
    private static List<String> runs(YamlCodeEditor editor, int paragraph) {
        {
            var runs = new ArrayList<String>();
            Set<String> previous = null;
            int length = 0;
            for (var span : editor.area().getStyleSpans(paragraph)) {
                Set<String> style = Set.copyOf(span.getStyle());
                if (span.getLength() == 0) {
                    continue;
                }
                if (style.equals(previous)) {
                    length += span.getLength();
                } else {
                    if (previous != null) {
                        runs.add(previous + "x" + length);
                    }
                    previous = style;
                    length = span.getLength();
                }
            }
            if (previous != null) {
                runs.add(previous + "x" + length);
            }
            return runs;
        }
    }
}
