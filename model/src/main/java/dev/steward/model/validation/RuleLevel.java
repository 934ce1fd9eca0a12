package dev.steward.model.validation;

import dev.steward.model.diagnostic.Severity;
import java.util.Locale;
import java.util.Optional;

/** The level a workspace policy gives a rule: a severity, or off. */
public enum RuleLevel {
    ERROR, WARNING, INFO, OFF;

    public Optional<Severity> severity() {
        return switch (this) {
            case ERROR -> Optional.of(Severity.ERROR);
            case WARNING -> Optional.of(Severity.WARNING);
            case INFO -> Optional.of(Severity.INFO);
            case OFF -> Optional.empty();
        };
    }

    public static Optional<RuleLevel> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "error" -> Optional.of(ERROR);
            case "warning", "warn" -> Optional.of(WARNING);
            case "info" -> Optional.of(INFO);
            case "off", "ignore", "none", "false" -> Optional.of(OFF);
            default -> Optional.empty();
        };
    }
}
