package dev.steward.views.form;

import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import dev.steward.model.yaml.edit.YamlEditException;
import dev.steward.model.yaml.edit.YamlEditor;
import dev.steward.model.yaml.edit.YamlPath;
import dev.steward.model.yaml.edit.YamlValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what the user typed into a field or cell into edits: an empty text removes the key, an
 * unchanged text changes nothing, booleans and numbers are written plain, a bad number is refused
 * with a message.
 */
final class ValueWriter {
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private final YamlEditor editor;

    ValueWriter(YamlEditor editor) {
        this.editor = editor;
    }

    List<TextEdit> write(YamlPath path, CellKind kind, String typed) {
        String text = typed.indexOf('\n') >= 0 ? typed : typed.strip();
        Optional<YamlNode> current = editor.document().root().flatMap(path::find);
        if (current.isPresent() ? ColumnSpec.display(current.get()).equals(text) : text.isBlank()) {
            return List.of(); // the form never rewrites a value the user did not change
        }
        if (text.isBlank()) {
            return editor.remove(path);
        }
        return editor.set(path, value(path, kind, text));
    }

    List<TextEdit> writeColumn(YamlPath item, ColumnSpec column, String typed) {
        YamlMapping rule = editor.document().root().flatMap(item::find).filter(YamlMapping.class::isInstance)
                .map(YamlMapping.class::cast).orElse(null);
        Optional<String> operator = rule == null ? Optional.empty() : QualityOperators.find(rule);
        String text = typed.strip();
        return switch (column.kind()) {
            case OPERATOR -> {
                if (operator.isPresent() && text.isEmpty()) {
                    yield editor.remove(item.key(operator.get()));
                }
                if (!text.isEmpty() && !QualityOperators.ALL.contains(text)) {
                    throw new YamlEditException("'" + text + "' is not a rule operator; use one of " + QualityOperators.ALL);
                }
                if (operator.isPresent()) {
                    yield editor.rename(item.key(operator.get()), text);
                }
                yield text.isEmpty() ? List.of() : editor.set(item.key(text), YamlValue.number(0));
            }
            case OPERATOR_VALUE -> {
                String op = operator.orElse("mustBe");
                if (QualityOperators.isRange(op) && !text.isEmpty()) {
                    yield writeRange(item.key(op), text);
                }
                yield write(item.key(op), CellKind.AUTO, text);
            }
            default -> write(item.key(column.key()), column.kind(), text);
        };
    }

    private List<TextEdit> writeRange(YamlPath path, String text) {
        String[] parts = text.split("\\s*,\\s*");
        if (parts.length != 2) {
            throw new YamlEditException("A range needs two values separated by a comma, like '1, 10'; got '" + text + "'");
        }
        List<YamlValue> items = new ArrayList<>();
        for (String p : parts) {
            items.add(auto(p));
        }
        Optional<YamlNode> current = editor.document().root().flatMap(path::find);
        if (current.isEmpty()) {
            return editor.set(path, new YamlValue.Sequence(items));
        }
        if (current.get() instanceof YamlSequence q && q.size() == 2) {
            List<TextEdit> edits = new ArrayList<>(editor.set(path.index(0), items.get(0)));
            edits.addAll(editor.set(path.index(1), items.get(1)));
            return edits;
        }
        throw new YamlEditException(path + " holds " + current.get().describe() + ", not a range of two values; fix it in the YAML");
    }

    private static YamlValue value(YamlPath path, CellKind kind, String text) {
        return switch (kind) {
            case BOOLEAN -> {
                if (!text.equals("true") && !text.equals("false")) {
                    throw new YamlEditException(path + " must be true or false; got '" + text + "'");
                }
                yield YamlValue.bool(Boolean.parseBoolean(text));
            }
            case INTEGER -> {
                try {
                    yield YamlValue.number(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    throw new YamlEditException(path + " must be a whole number like 1 or 2; '" + text + "' is not");
                }
            }
            case AUTO, OPERATOR_VALUE -> auto(text);
            default -> YamlValue.string(text);
        };
    }

    /** A number or boolean when the text reads as one, otherwise a string. */
    static YamlValue auto(String text) {
        if (NUMBER.matcher(text).matches()) {
            return YamlValue.number(new BigDecimal(text));
        }
        if (text.equals("true") || text.equals("false")) {
            return YamlValue.bool(Boolean.parseBoolean(text));
        }
        return YamlValue.string(text);
    }
}
