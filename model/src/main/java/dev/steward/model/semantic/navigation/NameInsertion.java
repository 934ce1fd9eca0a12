package dev.steward.model.semantic.navigation;

import dev.steward.model.text.TextEdit;

/**
 * How to give an element that takes its name from its column an explicit name: the text
 * {@code [offset, offset + length)} becomes {@code before + name + after}. A latest-spec
 * {@code dimension: categorical} becomes {@code dimension: {type: categorical, name: x}}; a
 * {@code dimension:} mapping gets a {@code name: x} line before its first key.
 */
public record NameInsertion(int offset, int length, String before, String after) {

    public TextEdit edit(String name) {
        return new TextEdit(offset, length, before + name + after);
    }
}
