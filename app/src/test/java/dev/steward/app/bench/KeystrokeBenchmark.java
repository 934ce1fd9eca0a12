package dev.steward.app.bench;

import dev.steward.model.validation.ArtifactLinter;
import dev.steward.model.validation.ValidationContext;
import dev.steward.views.editor.LiveValidation;
import dev.steward.views.editor.YamlCodeEditor;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.animation.AnimationTimer;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * Types into the real editor (a KEY_TYPED event on the text area, as a keyboard would) and times
 * each keystroke until its diagnostics are applied to the editor, and until the next frame is
 * rendered after that. Keystrokes are spaced like fast typing (120 ms apart).
 */
final class KeystrokeBenchmark {

    record Result(Stats applied, Stats rendered, long delayMs) {
    }

    private KeystrokeBenchmark() {
    }

    /** Starts JavaFX once (headless Monocle in the bench profile) with the studio's light theme. */
    static void startToolkit() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(() -> {
            Platform.setImplicitExit(false);
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            started.countDown();
        });
        started.await();
    }

    static Result run(Path path, String text, ArtifactLinter linter, int keystrokes) throws Exception {
        ExecutorService validation = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "validation");
            t.setDaemon(true);
            return t;
        });
        AtomicReference<YamlCodeEditor> editorRef = new AtomicReference<>();
        AtomicReference<LiveValidation> liveRef = new AtomicReference<>();
        AtomicLong appliedAt = new AtomicLong();
        AtomicLong appliedFor = new AtomicLong();
        AtomicLong renderedAt = new AtomicLong();
        CountDownLatch ready = new CountDownLatch(1);
        Platform.runLater(() -> {
            YamlCodeEditor editor = new YamlCodeEditor();
            editor.replaceText(text);
            LiveValidation live = new LiveValidation(editor,
                    t -> linter.lint(path, t, ValidationContext.standalone()).diagnostics(), validation);
            live.addAppliedListener((version, editNanos) -> {
                renderedAt.set(0);
                appliedFor.set(editNanos);
                appliedAt.set(System.nanoTime());
            });
            new AnimationTimer() {
                @Override
                public void handle(long now) {
                    if (appliedAt.get() != 0 && renderedAt.get() == 0) {
                        renderedAt.set(System.nanoTime());
                    }
                }
            }.start();
            Stage stage = new Stage();
            stage.setScene(new Scene(editor, 1200, 800));
            stage.show();
            editor.goTo(40, 1);
            editorRef.set(editor);
            liveRef.set(live);
            ready.countDown();
        });
        ready.await();
        Thread.sleep(1500); // let the first full validation and highlighting finish
        int warmup = Math.min(40, keystrokes / 4);
        long[] applied = new long[keystrokes];
        long[] rendered = new long[keystrokes];
        for (int i = -warmup; i < keystrokes; i++) {
            appliedAt.set(0);
            renderedAt.set(0);
            long typedAt = type(editorRef.get(), i % 2 == 0 ? "x" : null);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while ((appliedAt.get() == 0 || appliedFor.get() < typedAt || renderedAt.get() == 0) && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            if (i >= 0) {
                applied[i] = appliedAt.get() - typedAt;
                rendered[i] = renderedAt.get() - typedAt;
            }
            Thread.sleep(120);
        }
        CompletableFuture.runAsync(() -> {
            liveRef.get().close();
            editorRef.get().getScene().getWindow().hide();
        }, Platform::runLater).get();
        validation.shutdownNow();
        return new Result(Stats.of(applied), Stats.of(rendered), LiveValidation.DEFAULT_DELAY.toMillis());
    }

    /** Types {@code ch} (or a backspace when null) on the FX thread; returns the nanoTime of the keystroke. */
    private static long type(YamlCodeEditor editor, String ch) throws Exception {
        AtomicLong at = new AtomicLong();
        CompletableFuture.runAsync(() -> {
            Node area = editor.lookup(".styled-text-area");
            area.requestFocus();
            at.set(System.nanoTime());
            if (ch != null) {
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_TYPED, ch, ch, KeyCode.UNDEFINED, false, false, false, false));
            } else {
                Event.fireEvent(area, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.BACK_SPACE, false, false, false, false));
            }
        }, Platform::runLater).get();
        return at.get();
    }
}
