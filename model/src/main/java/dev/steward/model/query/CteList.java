package dev.steward.model.query;

import java.util.ArrayList;
import java.util.List;

/** The CTEs of the query in the order written: a CTE only reads those before it. */
final class CteList {
    private final List<String> names = new ArrayList<>();
    private final List<Sql> bodies = new ArrayList<>();

    /** Adds a CTE named after {@code hint} (made unique) and returns its name. */
    String add(String hint, Sql body) {
        String base = hint.replaceAll("[^a-z0-9_]", "_");
        String name = base;
        for (int i = 2; names.contains(name); i++) {
            name = base + "_" + i;
        }
        names.add(name);
        bodies.add(body);
        return name;
    }

    /** {@code WITH a AS (...), b AS (...)} followed by {@code select}. */
    Sql render(Sql select) {
        if (names.isEmpty()) {
            return select;
        }
        Sql.Writer w = new Sql.Writer().add("WITH ");
        for (int i = 0; i < names.size(); i++) {
            w.add(i == 0 ? "" : ",\n").add(names.get(i)).add(" AS (\n  ").addIndented(bodies.get(i), "  ").add("\n)");
        }
        return w.add("\n").add(select).build();
    }
}
