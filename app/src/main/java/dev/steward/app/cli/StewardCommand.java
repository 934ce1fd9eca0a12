package dev.steward.app.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code steward}: the headless commands. Exit codes: 0 no errors, 1 errors found, 2 bad usage or
 * unreadable input, 3 an internal error (a bug; reported in one line, never as a stack trace).
 */
@Command(name = "steward", mixinStandardHelpOptions = true, versionProvider = StewardCommand.Version.class,
        description = "Data contract studio. Without arguments it opens the studio; with a command it runs headless.",
        subcommands = {LintCommand.class, MigrateCommand.class, QueryCommand.class, SqlCommand.class,
                LineageCommand.class, ImpactCommand.class, DiffCommand.class, BreakingCommand.class, ChangelogCommand.class,
                CommandLine.HelpCommand.class})
public final class StewardCommand implements Runnable {

    public static final int OK = 0;
    public static final int FOUND_ERRORS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use 'steward lint', 'steward migrate', 'steward query' or 'steward sql'");
    }

    /** A command line writing to {@code out} and {@code err}, with Steward's exit codes. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new StewardCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("steward: internal error: " + ex
                    + " (please report it with the command that caused it)");
            commandLine.getErr().flush();
            return INTERNAL_ERROR;
        });
        return cl;
    }

    /** Runs {@code args} on the process's standard streams and returns the exit code. */
    public static int execute(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = commandLine(out, err).execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = StewardCommand.class.getPackage().getImplementationVersion();
            return new String[] {"steward " + (v == null ? "(development build)" : v)};
        }
    }
}
