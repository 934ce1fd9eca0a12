package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.views.testing.Fx;
import dev.steward.views.testing.Stages;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Edits a 5,000-line contract validated by the real linter, the way the studio wires it. Checks
 * that each edit's diagnostics reach the editor and that highlighting stays right far from the
 * edit; prints keystroke-to-diagnostics latencies for information (wall-clock is not asserted).
 */
@ExtendWith(ApplicationExtension.class)
class LargeContractEditingTest {
    private static final Path PATH = Path.of("contracts/big.odcs.yaml");
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private YamlCodeEditor editor;
    private LiveValidation validation;

    @Start
    void start(Stage stage) {
        editor = new YamlCodeEditor();
        Stages.show(stage, editor, 800, 600);
    }

    @AfterEach
    void stop() {
        Fx.run(validation::close);
        executor.shutdownNow();
    }

    static String bigContract(int lines) {
        var sb = new StringBuilder("""
                apiVersion: v3.0.2
                kind: DataContract
                id: big
                name: big
                version: 1.0.0
                status: active
                schema:
                  - name: events
                    properties:
                """);
        int i = 0;
        while (sb.chars().filter(c -> c == '\n').count() < lines - 5) {
            sb.append("      - name: column_").append(i).append('\n')
                    .append("        logicalType: string\n")
                    .append("        description: |\n")
                    .append("          key: looking text ").append(i).append('\n')
                    .append("        required: ").append(i % 2 == 0).append('\n');
            i++;
        }
        return sb.toString();
    }

    @Test
    void everyEditGetsItsDiagnosticsOnAFiveThousandLineContract() {
        var linter = ArtifactLinter.standard();
        var context = ValidationContext.standalone();
        var appliedAt = new ConcurrentHashMap<Long, Long>();
        var validatorNanos = new java.util.concurrent.CopyOnWriteArrayList<Long>();
        String text = bigContract(5_000);
        Fx.run(() -> {
            long loadStart = System.nanoTime();
            editor.replaceText(text);
            System.out.printf("load and highlight %d lines: %.1f ms%n", text.lines().count(), (System.nanoTime() - loadStart) / 1e6);
            validation = new LiveValidation(editor, t -> {
                long t0 = System.nanoTime();
                var r = linter.lint(PATH, t, context).diagnostics();
                validatorNanos.add(System.nanoTime() - t0);
                return r;
            }, executor,
                    LiveValidation.DEFAULT_DELAY);
            validation.addAppliedListener((version, editNanos) -> appliedAt.put(version, System.nanoTime() - editNanos));
        });
        var latencies = new ArrayList<Long>();
        for (int i = 0; i < 60; i++) {
            int at = text.indexOf("column_" + (i * 40));
            long version = Fx.call(() -> {
                editor.area().insertText(at + "column_".length(), "x");
                return validation.version();
            });
            Fx.waitUntil("diagnostics of version " + version, () -> appliedAt.containsKey(version));
            if (i >= 20) {
                latencies.add(appliedAt.get(version)); // after JIT warm-up
            }
        }
        assertEquals(Fx.call(validation::version), Collections.max(appliedAt.keySet()));
        int lastLine = Fx.call(() -> editor.area().getParagraphs().size()) - 2;
        String last = Fx.call(() -> editor.area().getText(lastLine));
        assertTrue(last.contains("required"), last);
        assertTrue(Fx.call(() -> editor.area().getStyleOfChar(editor.area().getAbsolutePosition(lastLine, 9))).contains("yaml-key"));
        int blockLine = lastLine - 1;
        assertTrue(Fx.call(() -> editor.area().getStyleOfChar(editor.area().getAbsolutePosition(blockLine, 11)))
                .contains("yaml-string"), "block scalar text far below the edits is still a string");
        Collections.sort(latencies);
        var v = new ArrayList<>(validatorNanos);
        Collections.sort(v);
        System.out.printf("validator alone: p50 %.1f ms, max %.1f ms over %d runs%n", v.get(v.size() / 2) / 1e6, v.getLast() / 1e6, v.size());
        System.out.printf("keystroke-to-diagnostics on %d lines: p50 %.1f ms, p95 %.1f ms, max %.1f ms (incl. %d ms debounce)%n",
                text.lines().count(), latencies.get(latencies.size() / 2) / 1e6,
                latencies.get((int) Math.ceil(latencies.size() * 0.95) - 1) / 1e6, latencies.getLast() / 1e6,
                LiveValidation.DEFAULT_DELAY.toMillis());
    }
}
