package dev.steward.model.contract.schema;

import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Messages (and fixes) for unknown and missing keys. */
final class KeyMessages {
    private KeyMessages() {
    }

    private static final int MAX_LISTED = 20;

    /** Reports an unknown key; returns the key it most likely meant when it was reported as an error. */
    static Optional<String> unknown(Problems problems, ObjectType type, YamlMapping m, YamlMapping.Entry e) {
        Set<String> allowed = type.keysFor(m);
        Optional<KeySuggester.Suggestion> suggestion = KeySuggester.suggest(e.name(), allowed)
                .filter(s -> !m.has(s.key()));
        if (!type.closed()) {
            suggestion.ifPresent(s -> problems.warning("unknown-key", e.key().range(), "Unknown key '" + e.name()
                    + "' in " + type.label() + "; did you mean '" + s.key() + "'? (extension keys are allowed, but this"
                    + " one looks like a typo)", fixes(e, s)));
            return Optional.empty(); // a warning: a missing required key it may mean stays an error
        }
        List<Variant> elsewhere = type.variantsDefining(e.name(), m);
        if (!elsewhere.isEmpty() && type.discriminator() != null && type.variants().stream().noneMatch(v -> v.applies().test(m))) {
            return Optional.empty(); // the discriminator's problem is reported; these keys may be right once it is fixed
        }
        StringBuilder message = new StringBuilder();
        if (!elsewhere.isEmpty()) {
            message.append("'").append(e.name()).append("' is not allowed in this ").append(stripArticle(type.label()))
                    .append(": it belongs to ").append(elsewhere.stream().limit(3).map(Variant::label)
                            .collect(Collectors.joining(", "))).append(elsewhere.size() > 3 ? " and "
                            + (elsewhere.size() - 3) + " more" : "");
        } else {
            message.append("Unknown key '").append(e.name()).append("' in ").append(type.label());
        }
        suggestion.ifPresent(s -> message.append("; did you mean '").append(s.key()).append("'")
                .append(s.inverted() ? " (with the opposite meaning)" : "").append("?"));
        Optional<String> nested = suggestion.isPresent() || !elsewhere.isEmpty() ? Optional.empty() : childHolding(type, e.name());
        nested.ifPresent(n -> message.append("; it is a key of ").append(n));
        if (suggestion.isEmpty()) {
            message.append(". Allowed keys: ").append(listed(allowed));
        }
        problems.error("unknown-key", e.key().range(), message.toString(),
                suggestion.map(s -> fixes(e, s)).orElse(List.of()));
        return suggestion.map(KeySuggester.Suggestion::key);
    }

    static void missing(Problems problems, ObjectType type, YamlMapping m, Slot slot, String key, Variant variant) {
        SourceRange range = slot.keyNode() != null && !slot.item() ? slot.keyNode().range()
                : m.entries().isEmpty() ? m.range() : m.entries().getFirst().key().range();
        String message;
        String rule;
        if (variant == null) {
            rule = "required-key";
            message = "Missing required key '" + key + "' in " + type.label();
        } else {
            rule = variant.missingRule();
            message = "Missing required key '" + key + "': " + variant.label() + " needs "
                    + String.join(", ", variant.required());
        }
        Field field = variant != null && variant.fields().containsKey(key) ? variant.fields().get(key) : type.fieldFor(key, m);
        List<QuickFix> fixes = new ArrayList<>(1);
        if (field != null && field.template() != null) {
            YamlEdits.appendEntry(problems.document().lines(), m, key, field.template()).ifPresent(edit ->
                    fixes.add(new QuickFix("Add '" + key + ": " + field.template() + "'", List.of(edit))));
        }
        if (variant != null && variant.advisory()) {
            problems.warning(rule, range, "Missing key '" + key + "': the standard describes " + String.join(", ",
                    variant.required()) + " for " + variant.label() + " (its schema does not enforce it)", fixes);
        } else {
            problems.error(rule, range, message, fixes);
        }
    }

    /** "a quality check, under 'quality'" when a field of {@code type} holds objects that take {@code key}. */
    private static Optional<String> childHolding(ObjectType type, String key) {
        for (Field f : type.fields().values()) {
            Shape s = f.shape() instanceof ListShape l ? l.items() : f.shape();
            if (s instanceof ObjectType child && child != type && child.allKeys().contains(key)) {
                return Optional.of(child.label() + ", under '" + f.name() + "'");
            }
        }
        return Optional.empty();
    }

    private static List<QuickFix> fixes(YamlMapping.Entry e, KeySuggester.Suggestion s) {
        List<TextEdit> edits = new ArrayList<>(2);
        edits.add(YamlEdits.rename(e.key(), s.key()));
        if (s.inverted()) {
            if (!(e.value() instanceof YamlScalar v) || !v.isBoolean()) {
                return List.of();
            }
            edits.add(YamlEdits.replace(v, v.asBoolean() ? "false" : "true"));
            return List.of(new QuickFix("Replace with '" + s.key() + ": " + !v.asBoolean() + "'", edits));
        }
        return List.of(new QuickFix("Rename to '" + s.key() + "'", edits));
    }

    private static String listed(Set<String> keys) {
        String head = keys.stream().limit(MAX_LISTED).collect(Collectors.joining(", "));
        return keys.size() > MAX_LISTED ? head + " and " + (keys.size() - MAX_LISTED) + " more" : head;
    }

    private static String stripArticle(String label) {
        return label.startsWith("a ") ? label.substring(2) : label.startsWith("an ") ? label.substring(3) : label;
    }
}
