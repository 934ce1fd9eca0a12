package dev.steward.app;

import dev.steward.app.cli.StewardCommand;

/**
 * Entry point of {@code steward.jar}: no arguments (or {@code studio [--workspace DIR]}) opens the
 * studio; any other subcommand runs headless and exits with its code.
 */
public final class Steward {
    private Steward() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            StudioLauncher.launch(args);
            return;
        }
        if (args[0].equals("studio")) {
            StudioLauncher.launch(java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        System.exit(StewardCommand.execute(args));
    }
}
