package dev.steward.model.semantic.navigation;

import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;

/** A stretch of a file: the name of a definition or a reference. */
public record SymbolLocation(Path path, SourceRange range) {

    /** {@code models/orders.yml:12} */
    public String describe() {
        return path + ":" + range.startLine();
    }
}
