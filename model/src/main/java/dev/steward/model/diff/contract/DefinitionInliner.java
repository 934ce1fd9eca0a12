package dev.steward.model.diff.contract;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Inlines DCS {@code $ref: '#/definitions/<name>'} into the fields that use them, as the legacy
 * datacontract-cli did before comparing: a field keeps its own attributes and gains the
 * definition's others (except the definition's {@code name}). The {@code $ref} itself stays, so a
 * changed reference is still reported. External references are left as they are.
 */
final class DefinitionInliner {

    private static final String LOCAL = "#/definitions/";
    private static final int MAX_DEPTH = 32;

    private DefinitionInliner() {
    }

    static YamlMapping inline(YamlMapping root) {
        Optional<YamlMapping> definitions = root.mapping("definitions");
        if (definitions.isEmpty()) {
            return root;
        }
        List<YamlMapping.Entry> entries = new ArrayList<>();
        for (YamlMapping.Entry e : root.entries()) {
            entries.add(e.name().equals("definitions") ? e : new YamlMapping.Entry(e.key(), walk(e.value(), definitions.get(), 0)));
        }
        return new YamlMapping(entries, root.flow(), root.range());
    }

    private static YamlNode walk(YamlNode node, YamlMapping definitions, int depth) {
        if (depth > MAX_DEPTH) {
            return node;
        }
        return switch (node) {
            case YamlMapping m -> {
                YamlMapping merged = merge(m, definitions);
                List<YamlMapping.Entry> entries = new ArrayList<>();
                merged.entries().forEach(e -> entries.add(new YamlMapping.Entry(e.key(), walk(e.value(), definitions, depth + 1))));
                yield new YamlMapping(entries, merged.flow(), merged.range());
            }
            case YamlSequence s -> new YamlSequence(s.items().stream().map(i -> walk(i, definitions, depth + 1)).toList(),
                    s.flow(), s.range());
            default -> node;
        };
    }

    private static YamlMapping merge(YamlMapping field, YamlMapping definitions) {
        Optional<YamlMapping> definition = field.text("$ref").filter(r -> r.startsWith(LOCAL))
                .flatMap(r -> definitions.mapping(r.substring(LOCAL.length())));
        if (definition.isEmpty()) {
            return field;
        }
        List<YamlMapping.Entry> entries = new ArrayList<>(field.entries());
        for (YamlMapping.Entry e : definition.get().entries()) {
            if (!e.name().equals("name") && !field.has(e.name())) {
                entries.add(e);
            }
        }
        return new YamlMapping(entries, field.flow(), field.range());
    }
}
