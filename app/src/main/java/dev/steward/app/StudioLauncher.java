package dev.steward.app;

/** PLACEHOLDER: replaced by the studio's launcher. */
public final class StudioLauncher {
    private StudioLauncher() {
    }

    public static void launch(String[] args) {
        System.out.println("studio not yet wired");
    }
}
