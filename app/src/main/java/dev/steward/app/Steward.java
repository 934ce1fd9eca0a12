package dev.steward.app;

import dev.steward.app.cli.StewardCommand;

/** Entry point of {@code steward.jar}: no arguments opens the studio, a subcommand runs headless. */
public final class Steward {
    private Steward() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            StudioLauncher.launch(args);
            return;
        }
        System.exit(StewardCommand.execute(args));
    }
}
