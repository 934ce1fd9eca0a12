package dev.steward.views.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.views.testing.Fx;
import dev.steward.views.testing.Stages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LiveValidationTest {
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final List<Long> applied = new CopyOnWriteArrayList<>();
    private YamlCodeEditor editor;
    private LiveValidation validation;

    @Start
    void start(Stage stage) {
        editor = new YamlCodeEditor();
        Stages.show(stage, editor, 700, 400);
    }

    @AfterEach
    void stop() {
        if (validation != null) {
            Fx.run(validation::close);
        }
        executor.shutdownNow();
    }

    /** Reports every occurrence of "bogus" as an error: a stand-in for the linter that a test can check exactly. */
    private static List<Diagnostic> bogusFinder(String text) {
        var out = new ArrayList<Diagnostic>();
        var lines = ParagraphLocator.of(text);
        for (int i = text.indexOf("bogus"); i >= 0; i = text.indexOf("bogus", i + 1)) {
            out.add(new Diagnostic(null, lines.range(i, i + 5), Severity.ERROR, "no-bogus", "bogus is not allowed here"));
        }
        return out;
    }

    private void attach(Function<String, List<Diagnostic>> validator) {
        Fx.run(() -> {
            validation = new LiveValidation(editor, validator, executor, Duration.ofMillis(30));
            validation.addAppliedListener((version, nanos) -> applied.add(version));
        });
        Fx.waitUntil("the text present on attach is validated", () -> !validation.isValidating());
        assertEquals(List.of(0L), applied, "the text present on attach is validated at once");
        applied.clear();
    }

    @Test
    void typingIsValidatedAndTheUnderlineCoversTheReportedRange(FxRobot robot) {
        attach(LiveValidationTest::bogusFinder);
        Fx.run(() -> {
            editor.replaceText("name: orders\n");
            editor.area().moveTo(editor.area().getLength());
            editor.area().requestFocus();
        });
        robot.write("status: bogus");
        Fx.waitUntil("diagnostics applied", () -> !validation.getDiagnostics().isEmpty() && !validation.isValidating());
        var d = Fx.call(() -> validation.getDiagnostics().getFirst());
        assertEquals(2, d.line());
        assertEquals(9, d.column());
        int start = "name: orders\nstatus: ".length();
        assertTrue(Fx.call(() -> editor.area().getStyleOfChar(start + 1)).contains("diagnostic-error"));
        assertFalse(Fx.call(() -> editor.area().getStyleOfChar(start - 2)).contains("diagnostic-error"));
        assertEquals(Fx.call(validation::version), applied.getLast(), "the applied result is for the current text");

        robot.write(" ok");
        Fx.waitUntil("re-validated", () -> applied.getLast() == validation.version() && !validation.isValidating());
        assertEquals(1, Fx.call(() -> validation.getDiagnostics().size()));
        Fx.run(() -> editor.area().replaceText(start, start + 5, "fine!"));
        Fx.waitUntil("cleared", () -> validation.getDiagnostics().isEmpty() && !validation.isValidating());
        assertFalse(Fx.call(() -> editor.area().getStyleOfChar(start + 1)).contains("diagnostic-error"));
    }

    @Test
    void aLateResultForOldTextIsDroppedAndValidationsDoNotPileUp() throws Exception {
        var slowStarted = new CountDownLatch(1);
        var releaseSlow = new CountDownLatch(1);
        var texts = new CopyOnWriteArrayList<String>();
        var running = new AtomicInteger();
        var maxRunning = new AtomicInteger();
        attach(text -> {
            if (!text.isEmpty()) {
                texts.add(text);
            }
            maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                if (text.contains("old")) {
                    slowStarted.countDown();
                    releaseSlow.await(10, TimeUnit.SECONDS);
                    return List.of(new Diagnostic(null, ParagraphLocator.of(text).range(0, 1), Severity.ERROR, "old", "from the old text"));
                }
                return bogusFinder(text);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            } finally {
                running.decrementAndGet();
            }
        });
        Fx.run(() -> editor.replaceText("a: old\n"));
        assertTrue(slowStarted.await(10, TimeUnit.SECONDS), "the slow validation started");
        for (String value : List.of("one", "two", "bogus")) {
            Fx.run(() -> editor.area().replaceText(3, editor.area().getParagraphLength(0), value));
            Thread.sleep(80); // let each edit's debounce fire while the slow validation still runs
        }
        Fx.waitUntil("validation is pending", validation::isValidating);
        releaseSlow.countDown();
        Fx.waitUntil("newest result shown", () -> !validation.isValidating());

        assertEquals(List.of("a: old\n", "a: bogus\n"), texts, "only the first and the latest text are validated");
        assertEquals(1, maxRunning.get(), "never two validations at once");
        assertEquals(List.of(Fx.call(validation::version)), applied, "the old result was never applied");
        assertEquals("no-bogus", Fx.call(() -> validation.getDiagnostics().getFirst().rule()));
        assertEquals(4, Fx.call(() -> validation.getDiagnostics().getFirst().column()));
    }

    @Test
    void diagnosticsFollowEditsBeforeTheNextResultArrives() throws Exception {
        var gate = new CountDownLatch(1);
        var validated = new AtomicInteger();
        attach(text -> {
            if (!text.isEmpty() && validated.getAndIncrement() > 0) {
                try {
                    gate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return bogusFinder(text);
        });
        Fx.run(() -> editor.replaceText("x: bogus\n"));
        Fx.waitUntil("first result", () -> validation.getDiagnostics().size() == 1 && !validation.isValidating());
        Fx.run(() -> editor.area().insertText(0, "# header\n\n"));
        assertTrue(Fx.call(validation::isValidating));
        var moved = Fx.call(() -> validation.getDiagnostics().getFirst());
        assertEquals(3, moved.line(), "moved down with the inserted lines at once");
        assertEquals(4, moved.column());
        assertTrue(Fx.call(() -> editor.area().getStyleOfChar(moved.range().startOffset() + 1)).contains("diagnostic-error"));
        gate.countDown();
        Fx.waitUntil("second result", () -> !validation.isValidating());
        assertEquals(moved.range(), Fx.call(() -> validation.getDiagnostics().getFirst().range()));
    }

    @Test
    void aFailingValidatorIsReportedAsOneDiagnosticNotACrash() {
        attach(text -> {
            throw new IllegalStateException("schema not loaded");
        });
        Fx.run(() -> editor.replaceText("a: 1\n"));
        Fx.waitUntil("failure shown", () -> !validation.getDiagnostics().isEmpty());
        var d = Fx.call(() -> validation.getDiagnostics().getFirst());
        assertEquals("validator-failure", d.rule());
        assertTrue(d.message().contains("schema not loaded"), d.message());
    }
}
