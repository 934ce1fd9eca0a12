package dev.steward.model.semantic;

import dev.steward.model.yaml.SourceRange;

/** SCD type-2 validity window markers on a time dimension. */
public record ValidityParams(boolean isStart, boolean isEnd, SourceRange range) {
}
