package dev.steward.views.palette;

/** An action the command palette can run: a title, an optional key hint and what it does. */
public record PaletteCommand(String id, String title, String shortcut, Runnable action) {
}
