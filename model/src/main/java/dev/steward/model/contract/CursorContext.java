package dev.steward.model.contract;

import dev.steward.model.contract.schema.SpecPaths;
import dev.steward.model.yaml.LineIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a cursor is in YAML text that may not parse (the user is typing), found from indentation
 * alone: the path of the mapping it is in, the scalar entries seen of each mapping along that path
 * ({@code owners}, aligned with {@code path}; they select variants), the other entries of the
 * cursor's own mapping ({@code siblings}), and whether it is
 * at a key or at the value of {@code key}. {@code partial} is the text typed so far, which a
 * suggestion replaces ({@code replaceStart..replaceEnd}).
 */
public record CursorContext(List<String> path, List<Map<String, String>> owners, Map<String, String> siblings, String key,
                     boolean atValue,
                     String partial, int replaceStart, int replaceEnd) {

    public static CursorContext at(String text, int offset) {
        LineIndex lines = new LineIndex(text);
        int lineNo = lines.lineOf(offset);
        int start = lines.lineStart(lineNo);
        String before = text.substring(start, offset);
        YamlLine current = YamlLine.parse(before);
        int wordEnd = offset;
        while (wordEnd < text.length() && isWordChar(text.charAt(wordEnd))) {
            wordEnd++;
        }
        List<String> reversed = new ArrayList<>();
        List<Map<String, String>> owners = new ArrayList<>();
        Map<String, String> siblings = new LinkedHashMap<>();
        int column = current.blank() ? before.length() : current.keyColumn();
        Map<String, String> collectInto = siblings;
        int walk = column;
        if (current.dashColumn() >= 0) {
            reversed.add(SpecPaths.ITEM);
            owners.add(Map.of());
            collectInto = null;
            walk = current.dashColumn();
        }
        for (int n = lineNo - 1; n >= 1 && (walk > 0 || collectInto != null); n--) {
            YamlLine l = YamlLine.parse(text.substring(lines.lineStart(n), lines.lineEnd(n)));
            if (l.blank()) {
                continue;
            }
            if (l.keyColumn() == walk) {
                if (collectInto != null && l.key() != null) {
                    collectInto.putIfAbsent(l.key(), l.value());
                }
                if (l.dashColumn() >= 0) {
                    reversed.add(SpecPaths.ITEM);
                    owners.add(Map.of());
                    walk = l.dashColumn();
                    collectInto = null;
                }
                continue;
            }
            if (l.firstColumn() >= walk || l.key() == null) {
                continue;
            }
            // a key at a smaller indentation: the parent of everything walked so far
            Map<String, String> parentMapping = new LinkedHashMap<>();
            reversed.add(l.key());
            owners.add(parentMapping);
            collectInto = parentMapping;
            walk = l.keyColumn();
            if (l.dashColumn() >= 0) {
                reversed.add(SpecPaths.ITEM);
                owners.add(Map.of());
                walk = l.dashColumn();
                collectInto = null;
            }
        }
        collectFollowing(text, lines, lineNo, column, siblings);
        Collections.reverse(reversed);
        Collections.reverse(owners);
        boolean atValue = current.key() != null;
        if (atValue) {
            int valueStart = start + before.indexOf(':', current.keyColumn()) + 1;
            while (valueStart < offset && (text.charAt(valueStart) == ' ' || text.charAt(valueStart) == '"'
                    || text.charAt(valueStart) == '\'')) {
                valueStart++;
            }
            return new CursorContext(reversed, owners, siblings, current.key(), true, text.substring(valueStart, offset),
                    valueStart, wordEnd);
        }
        int keyStart = current.blank() ? offset : start + current.keyColumn();
        return new CursorContext(reversed, owners, siblings, null, false, text.substring(keyStart, offset), keyStart, wordEnd);
    }

    /** Adds the keys of the same mapping below the cursor line. */
    private static void collectFollowing(String text, LineIndex lines, int lineNo, int column, Map<String, String> siblings) {
        for (int n = lineNo + 1; n <= lines.lineCount(); n++) {
            YamlLine l = YamlLine.parse(text.substring(lines.lineStart(n), lines.lineEnd(n)));
            if (l.blank()) {
                continue;
            }
            if (l.firstColumn() < column) {
                return;
            }
            if (l.keyColumn() == column && l.dashColumn() < 0 && l.key() != null) {
                siblings.putIfAbsent(l.key(), l.value());
            }
        }
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '$' || c == '.';
    }
}
