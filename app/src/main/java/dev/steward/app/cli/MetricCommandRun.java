package dev.steward.app.cli;

import dev.steward.model.preview.MetricPreviewEngine;
import dev.steward.model.preview.QueryExecutionException;
import dev.steward.model.preview.SeedDatabase;
import dev.steward.model.query.QueryCompileException;
import dev.steward.model.query.QueryProblem;
import dev.steward.model.semantic.SemanticProject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;

/**
 * What {@code steward query} and {@code steward sql} share: reading the workspace, opening the seed
 * preview, and turning every failure into one line on stderr with its exit code (2 for usage and compile
 * problems, 1 for problems running the query).
 */
final class MetricCommandRun {

    /** The body of a command, writing to the command line's streams; may throw any of the failures below. */
    @FunctionalInterface
    interface Body {
        int run(PrintWriter out, PrintWriter err) throws IOException, SQLException, QueryCompileException,
                QueryExecutionException;
    }

    private MetricCommandRun() {
    }

    static int guarded(String command, picocli.CommandLine.Model.CommandSpec spec, Body body) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.run(out, err);
        } catch (MetricQueryOptions.UsageException e) {
            err.println("steward " + command + ": " + e.getMessage());
            return StewardCommand.BAD_INPUT;
        } catch (QueryCompileException e) {
            for (QueryProblem p : e.problems()) {
                err.println("steward " + command + ": " + p.input() + ": " + p.message());
            }
            if (e.problems().isEmpty()) {
                err.println("steward " + command + ": " + e.getMessage());
            }
            return StewardCommand.BAD_INPUT;
        } catch (QueryExecutionException e) {
            err.println("steward " + command + ": " + e.getMessage());
            return StewardCommand.FOUND_ERRORS;
        } catch (SQLException e) {
            err.println("steward " + command + ": " + dev.steward.model.preview.QueryRunner.oneLine(e));
            return StewardCommand.FOUND_ERRORS;
        } catch (IOException e) {
            err.println("steward " + command + ": cannot read the workspace: "
                    + Optional.ofNullable(e.getMessage()).orElse(e.toString()));
            return StewardCommand.BAD_INPUT;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The semantic layer of {@code workspace}, which must be a folder with at least one metric. */
    static SemanticProject project(Path workspace) throws IOException {
        if (!Files.isDirectory(workspace)) {
            throw new MetricQueryOptions.UsageException("--workspace " + workspace + " is not a folder");
        }
        SemanticProject project = SemanticProject.read(workspace);
        if (project.metrics().isEmpty()) {
            throw new MetricQueryOptions.UsageException("no metrics found in " + workspace
                    + " (looked for semantic_models:/metrics: in its YAML files)");
        }
        return project;
    }

    /** The seed preview of {@code workspace} (H2 with {@code seeds/*.csv}). */
    static MetricPreviewEngine seedEngine(Path workspace, SemanticProject project, int rowCap) throws SQLException {
        return MetricPreviewEngine.open(project, SeedDatabase.load(workspace), rowCap);
    }
}
