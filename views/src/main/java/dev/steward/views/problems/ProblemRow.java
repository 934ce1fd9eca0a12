package dev.steward.views.problems;

import dev.steward.model.diagnostic.Diagnostic;
import java.nio.file.Path;

/** One line of the problems panel: a diagnostic and the workspace-relative name of its file. */
public record ProblemRow(Path file, String displayPath, Diagnostic diagnostic) {

    public String location() {
        return displayPath + ":" + diagnostic.line() + ":" + diagnostic.column();
    }
}
