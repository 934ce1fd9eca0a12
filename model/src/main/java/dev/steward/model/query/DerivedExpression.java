package dev.steward.model.query;

import java.util.Set;

/**
 * A derived metric's {@code expr} with its input names turned into quoted column references, so input
 * names that are SQL keywords ({@code value}) or differ in case folding still resolve. String literals
 * and already quoted identifiers are left alone.
 */
final class DerivedExpression {

    private DerivedExpression() {
    }

    static String qualify(String expr, Set<String> inputs, String tableAlias, SqlDialect dialect) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (c == '\'' || c == '"') {
                int end = expr.indexOf(c, i + 1);
                end = end < 0 ? expr.length() : end + 1;
                out.append(expr, i, end);
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < expr.length() && (Character.isLetterOrDigit(expr.charAt(end)) || expr.charAt(end) == '_')) {
                    end++;
                }
                String word = expr.substring(i, end);
                boolean qualified = i > 0 && expr.charAt(i - 1) == '.';
                out.append(inputs.contains(word) && !qualified ? tableAlias + "." + dialect.quote(word) : word);
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
