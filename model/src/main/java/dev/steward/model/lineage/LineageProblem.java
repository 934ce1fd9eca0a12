package dev.steward.model.lineage;

import java.nio.file.Path;
import java.util.Optional;

/** Something a contributor could not read, with a sentence saying what and why. */
public record LineageProblem(Optional<Path> file, String message) {

    public static LineageProblem of(Path file, String message) {
        return new LineageProblem(Optional.ofNullable(file), message);
    }

    @Override
    public String toString() {
        return file.map(f -> f + ": ").orElse("") + message;
    }
}
