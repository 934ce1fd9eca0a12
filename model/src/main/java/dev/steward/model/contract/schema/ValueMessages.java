package dev.steward.model.contract.schema;

import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/** Messages (and fixes) for values of the wrong kind or outside an enum. */
final class ValueMessages {
    private ValueMessages() {
    }

    private static final YamlParser PARSER = new YamlParser();

    static void wrongType(Problems problems, YamlNode node, Shape shape, Slot slot) {
        String found = node.isNull() ? "an empty value" : node.describe();
        String message = slot.subject() + " must be " + shape.expected() + ", found " + found;
        List<QuickFix> fixes = List.of();
        if (node instanceof YamlScalar s && s.style() != YamlScalar.Style.PLAIN && s.isString()
                && shape instanceof ScalarShape expected && unquotedFits(s.value(), expected)) {
            message += " (\"" + s.value() + "\" in quotes); remove the quotes";
            fixes = List.of(new QuickFix("Remove the quotes", List.of(YamlEdits.replace(s, s.value()))));
        }
        problems.error("type", SpecChecker.rangeOf(slot, node), message, fixes);
    }

    static void notAllowed(Problems problems, YamlScalar value, Slot slot, ScalarShape shape) {
        String name = slot.key() == null ? "value" : slot.key();
        StringBuilder message = new StringBuilder("'" + value.value() + "' is not an allowed " + name
                + "; allowed: " + String.join(", ", shape.allowed()));
        List<QuickFix> fixes = List.of();
        Optional<KeySuggester.Suggestion> close = KeySuggester.suggest(value.value(), shape.allowed())
                .filter(sg -> !sg.inverted());
        if (close.isPresent()) {
            String to = close.get().key();
            message.append(". Did you mean '").append(to).append("'?");
            fixes = List.of(new QuickFix("Change to '" + to + "'", List.of(YamlEdits.replace(value, to))));
        }
        problems.error("enum", value.range(), message.toString(), fixes);
    }

    static String sizeWords(ListShape shape) {
        if (shape.minItems() == shape.maxItems()) {
            return "exactly " + shape.minItems() + " items";
        }
        if (shape.maxItems() == Integer.MAX_VALUE) {
            return "at least " + shape.minItems() + (shape.minItems() == 1 ? " item" : " items");
        }
        return "between " + shape.minItems() + " and " + shape.maxItems() + " items";
    }

    private static boolean unquotedFits(String text, ScalarShape expected) {
        if (expected.type() == ScalarType.STRING || text.isBlank() || text.length() > 40 || text.contains("\n")) {
            return false;
        }
        return PARSER.parse(text).root().map(expected.type()::accepts).orElse(false);
    }
}
