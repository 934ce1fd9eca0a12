package dev.steward.model.yaml;

/**
 * An immutable YAML node with its position in the source text. Aliases are shared, not copied,
 * so a node may appear more than once in a tree.
 */
public sealed interface YamlNode permits YamlMapping, YamlSequence, YamlScalar {

    SourceRange range();

    /** A short word for messages: "a mapping", "a list", "a string", "a number", ... */
    String describe();

    default boolean isNull() {
        return this instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL;
    }
}
