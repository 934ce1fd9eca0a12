package dev.steward.model.yaml;

/**
 * Bounds that protect the studio and the command line from hostile or accidental input.
 *
 * @param maxChars            largest text accepted, in chars
 * @param maxDepth            deepest nesting of collections
 * @param maxAliases          most alias uses of collections (billion-laughs guard)
 * @param maxExpandedNodes    most nodes the tree may have once aliases are counted as copies
 */
public record YamlLimits(int maxChars, int maxDepth, int maxAliases, long maxExpandedNodes) {

    public static final YamlLimits DEFAULT = new YamlLimits(20 * 1024 * 1024, 200, 100, 2_000_000);
}
