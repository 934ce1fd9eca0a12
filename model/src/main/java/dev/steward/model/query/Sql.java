package dev.steward.model.query;

import java.util.ArrayList;
import java.util.List;

/** SQL text with its {@code ?} parameters in text order; built by appending so the order cannot drift. */
record Sql(String text, List<Object> parameters) {

    Sql {
        parameters = List.copyOf(parameters);
    }

    static Sql of(String text) {
        return new Sql(text, List.of());
    }

    static Sql param(Object value) {
        return new Sql("?", List.of(value));
    }

    /** A mutable writer: text and parameters appended together. */
    static final class Writer {
        private final StringBuilder text = new StringBuilder();
        private final List<Object> parameters = new ArrayList<>();

        Writer add(String s) {
            text.append(s);
            return this;
        }

        Writer add(Sql sql) {
            text.append(sql.text());
            parameters.addAll(sql.parameters());
            return this;
        }

        /** Appends {@code sql} with every line after the first indented by {@code indent}. */
        Writer addIndented(Sql sql, String indent) {
            text.append(sql.text().replace("\n", "\n" + indent));
            parameters.addAll(sql.parameters());
            return this;
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        Sql build() {
            return new Sql(text.toString(), parameters);
        }
    }

    /** {@code parts} joined by {@code separator}, parameters kept in order. */
    static Sql join(List<Sql> parts, String separator) {
        Writer w = new Writer();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                w.add(separator);
            }
            w.add(parts.get(i));
        }
        return w.build();
    }
}
