package dev.steward.model.yaml;

import java.util.Locale;

/** Rewrites SnakeYAML's parser messages into sentences a contract author can act on. */
final class SyntaxMessages {
    private SyntaxMessages() {
    }

    static String explain(String problem, String context, int contextLine) {
        String p = problem.toLowerCase(Locale.ROOT);
        String where = contextLine > 0 ? " (started at line " + contextLine + ")" : "";
        if (p.contains("mapping values are not allowed")) {
            return "Unexpected ':' here; a value that contains ': ' must be quoted, or the indentation of this line is wrong";
        }
        if (p.contains("could not find expected ':'")) {
            return "Expected 'key: value' but found no ':'; check the indentation or close an open quote" + where;
        }
        if (p.contains("found unexpected end of stream") && context != null && context.contains("quoted")) {
            return "Unclosed quote: the quoted scalar" + where + " never ends";
        }
        if (p.contains("found unexpected end of stream")) {
            return "The file ends in the middle of a value; an opening quote or bracket is never closed" + where;
        }
        if (p.contains("expected <block end>, but found '-'")) {
            return "A list item '-' at the wrong indentation: align it with the other items of its list";
        }
        if (p.contains("expected <block end>, but found")) {
            return "Bad indentation: this line is indented differently from the block" + where + " it belongs to";
        }
        if (p.contains("did not find expected key")) {
            return "Bad indentation: expected another 'key:' of the mapping" + where + " at this point";
        }
        if (p.contains("did not find expected '-' indicator")) {
            return "Bad indentation: expected a list item '- ...' of the list" + where;
        }
        if (p.contains("found undefined alias")) {
            return "Alias refers to an anchor that is not defined: " + problem.substring(problem.indexOf("alias"));
        }
        if (p.contains("found character '@'") || p.contains("found character '`'")) {
            return "A plain value cannot start with '@' or '`'; put the value in quotes";
        }
        if (p.contains("found a tab character")) {
            return "Tab character used for indentation; YAML indents with spaces only";
        }
        if (p.contains("expected ',' or ']'")) {
            return "Flow list not closed: expected ',' or ']'" + where;
        }
        if (p.contains("expected ',' or '}'")) {
            return "Flow mapping not closed: expected ',' or '}'" + where;
        }
        String first = problem.substring(0, 1).toUpperCase(Locale.ROOT) + problem.substring(1);
        return "Invalid YAML: " + first + where;
    }
}
