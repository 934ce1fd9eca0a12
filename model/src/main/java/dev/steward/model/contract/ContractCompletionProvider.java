package dev.steward.model.contract;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.completion.CompletionItem;
import dev.steward.model.completion.CompletionProvider;
import dev.steward.model.contract.dcs.DcsSchema;
import dev.steward.model.contract.odcs.OdcsSchema;
import dev.steward.model.contract.schema.ChoiceShape;
import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.MapShape;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.Shape;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.SpecFamily;
import dev.steward.model.contract.schema.SpecPaths;
import dev.steward.model.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes ODCS and DCS contracts from their spec: the keys allowed in the mapping at the cursor
 * (minus those present; required ones first) and the allowed values of enum-like keys. Works on
 * text that does not parse, from indentation alone. Stateless and thread-safe.
 */
public final class ContractCompletionProvider implements CompletionProvider {

    private static final Pattern API_VERSION = Pattern.compile("(?m)^apiVersion\\s*:\\s*['\"]?([^'\"\\s#]+)");
    private static final Pattern DCS_VERSION = Pattern.compile("(?m)^dataContractSpecification\\s*:\\s*['\"]?([^'\"\\s#]+)");

    @Override
    public List<CompletionItem> complete(String text, int offset) {
        if (offset < 0 || offset > text.length()
                || ArtifactDetector.detect(text)
                        .filter(k -> k == ArtifactKind.SEMANTIC || k == ArtifactKind.DATA_PRODUCT).isPresent()) {
            return List.of(); // contract keys would be wrong suggestions in a semantic-layer or data product file
        }
        return fromSpec(specOf(text), text, offset);
    }

    /**
     * Keys and enum values of {@code spec} at {@code offset} of {@code text}, whatever the text's kind: the
     * completion of any spec-described YAML (data products use it with their own spec).
     */
    public static List<CompletionItem> fromSpec(Spec spec, String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            return List.of();
        }
        CursorContext at = CursorContext.at(text, offset);
        return at.atValue() ? values(spec, at) : keys(text, spec, at);
    }

    /** The spec a text declares: its kind and version, else the current ODCS version. */
    public static Spec specOf(String text) {
        boolean dcs = ArtifactDetector.detect(text).map(k -> k == ArtifactKind.DCS).orElse(false);
        SpecFamily family = dcs ? DcsSchema.family() : OdcsSchema.family();
        Matcher m = (dcs ? DCS_VERSION : API_VERSION).matcher(text);
        Optional<Spec> declared = m.find() ? family.find(m.group(1)) : Optional.empty();
        return declared.orElse(dcs ? DcsSchema.current() : OdcsSchema.current());
    }

    /** Every key the mapping at {@code path} may have in {@code spec} (for form views). */
    public static List<String> keysAt(Spec spec, List<String> path) {
        return SpecPaths.keysAt(spec, path);
    }

    /** The allowed values of {@code key} at {@code path} in {@code spec}; empty when free text. */
    public static List<String> valuesAt(Spec spec, List<String> path, String key) {
        return SpecPaths.valuesAt(spec, path, key, Map.of());
    }

    /**
     * {@code key: } for a value on the same line; for a list of objects or an object, the key and
     * a new line indented two more, opening the first item ({@code - }) of a list.
     */
    private static String insertText(String key, Field f, int indent) {
        Shape shape = f == null ? null : f.shape() instanceof ChoiceShape c && c.whenMapping() != null ? c.whenMapping() : f.shape();
        String inner = "\n" + " ".repeat(indent + 2);
        return switch (shape) {
            case ListShape l when l.items() instanceof ObjectType -> key + ":" + inner + "- ";
            case ObjectType o -> key + ":" + inner;
            case MapShape m -> key + ":" + inner;
            case null, default -> key + ": ";
        };
    }

    private static List<CompletionItem> keys(String text, Spec spec, CursorContext at) {
        Optional<ObjectType> type = SpecPaths.objectAt(spec, at.path(), at.owners());
        if (type.isEmpty()) {
            return List.of();
        }
        YamlMapping siblings = SpecPaths.mappingOf(at.siblings());
        String typed = at.partial().toLowerCase(Locale.ROOT);
        int indent = at.replaceStart() - text.lastIndexOf('\n', at.replaceStart() - 1) - 1;
        List<CompletionItem> items = new ArrayList<>();
        for (String key : type.get().keysFor(siblings)) {
            if (at.siblings().containsKey(key) || !key.toLowerCase(Locale.ROOT).startsWith(typed)) {
                continue;
            }
            Field f = type.get().fieldFor(key, siblings);
            f = f != null ? f : type.get().variants().stream().map(v -> v.fields().get(key)).filter(x -> x != null)
                    .findFirst().orElse(null);
            boolean required = SpecPaths.isRequired(type.get(), key, at.siblings());
            String detail = (required ? "required, " : "") + (f == null ? "" : f.shape().expected())
                    + (f != null && f.deprecation() != null ? " (deprecated)" : "");
            items.add(new CompletionItem(key, insertText(key, f, indent), detail, CompletionItem.Kind.KEY, at.replaceStart(),
                    at.replaceEnd()));
        }
        items.sort(Comparator.comparing((CompletionItem i) -> !i.detail().startsWith("required")));
        return items;
    }

    private static List<CompletionItem> values(Spec spec, CursorContext at) {
        List<String> values;
        if (at.path().isEmpty() && (at.key().equals("apiVersion") || at.key().equals("dataContractSpecification"))) {
            SpecFamily family = at.key().equals("apiVersion") ? OdcsSchema.family() : DcsSchema.family();
            values = family.specs().stream().map(s -> s.version().label()).toList().reversed();
        } else {
            values = SpecPaths.objectAt(spec, at.path(), at.owners())
                    .map(t -> t.fieldFor(at.key(), SpecPaths.mappingOf(at.siblings())))
                    .map(SpecPaths::valuesOf).orElse(List.of());
        }
        return CompletionItem.matching(values.stream().map(v -> new CompletionItem(v, v, at.key() + " value",
                CompletionItem.Kind.VALUE, at.replaceStart(), at.replaceEnd())).toList(), at.partial());
    }
}
