package dev.steward.model.preview;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;

/**
 * A CSV file that cannot be read as RFC 4180: says what is wrong and where (file, 1-based line and
 * column). The message already contains the position; {@link #toDiagnostic()} gives the same
 * problem in the form the studio and the CLI show.
 */
public final class CsvFormatException extends Exception {

    public static final String RULE = "seed-csv-syntax";

    private final transient Path path;
    private final SourceRange range;
    private final String problem;

    public CsvFormatException(Path path, SourceRange range, String problem) {
        super((path == null ? "<csv>" : path.getFileName()) + ":" + range.startLine() + ":" + range.startColumn()
                + ": " + problem);
        this.path = path;
        this.range = range;
        this.problem = problem;
    }

    public Path path() {
        return path;
    }

    public int line() {
        return range.startLine();
    }

    public int column() {
        return range.startColumn();
    }

    /** The problem without the position prefix. */
    public String problem() {
        return problem;
    }

    public Diagnostic toDiagnostic() {
        return new Diagnostic(path, range, Severity.ERROR, RULE, problem);
    }
}
