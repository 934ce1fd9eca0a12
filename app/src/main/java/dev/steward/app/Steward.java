package dev.steward.app;

/** Entry point of {@code steward.jar}: no arguments opens the studio, a subcommand runs headless. */
public final class Steward {
    private Steward() {
    }

    public static void main(String[] args) {
        System.out.println("Steward");
    }
}
