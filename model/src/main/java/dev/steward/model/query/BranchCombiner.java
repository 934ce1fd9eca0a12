package dev.steward.model.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts metric branches side by side on the query's keys. MetricFlow writes a FULL OUTER JOIN on the keys,
 * COALESCEs them and re-aggregates with MAX; this writes the same result in SQL that H2 runs too (H2 has no
 * FULL OUTER JOIN) and that needs no join at all: the branches' rows stacked with {@code UNION ALL}, each
 * value in its own column, then grouped by the keys (NULL keys meet, as COALESCE makes them meet in
 * MetricFlow). Without keys it is one row, like MetricFlow's CROSS JOIN of one-row branches.
 * {@code fill_nulls_with} becomes a COALESCE here, so filled metrics are filled after combining.
 */
final class BranchCombiner {
    private final CompileContext context;

    BranchCombiner(CompileContext context) {
        this.context = context;
    }

    /** A CTE with the keys and, for each branch, its value named {@code names.get(i)}. */
    String combine(List<MetricBranch> branches, List<String> names, List<String> keys, String hint) {
        SqlDialect d = context.dialect();
        List<String> quotedKeys = keys.stream().map(d::quote).toList();
        Sql.Writer w = new Sql.Writer().add("SELECT\n  ");
        List<String> selects = new ArrayList<>();
        for (String k : quotedKeys) {
            selects.add("u." + k);
        }
        for (int i = 0; i < branches.size(); i++) {
            String value = "MAX(u." + d.quote(names.get(i)) + ")";
            selects.add(branches.get(i).fillNullsWith().map(f -> "COALESCE(" + value + ", " + fillLiteral(f) + ")")
                    .orElse(value) + " AS " + d.quote(names.get(i)));
        }
        w.add(String.join("\n  , ", selects)).add("\nFROM (");
        for (int i = 0; i < branches.size(); i++) {
            List<String> columns = new ArrayList<>();
            String alias = "b" + (i + 1);
            for (String k : quotedKeys) {
                columns.add(alias + "." + k);
            }
            for (int j = 0; j < branches.size(); j++) {
                columns.add((i == j ? alias + "." + d.quote(branches.get(j).column())
                        : d.typedNull(branches.get(j).cte(), branches.get(j).column())) + " AS " + d.quote(names.get(j)));
            }
            w.add(i == 0 ? "\n  " : "\n  UNION ALL\n  ").add("SELECT " + String.join(", ", columns) + " FROM "
                    + branches.get(i).cte() + " " + alias);
        }
        w.add("\n) u");
        if (!quotedKeys.isEmpty()) {
            w.add("\nGROUP BY " + String.join(", ", quotedKeys.stream().map(k -> "u." + k).toList()));
        }
        return context.ctes().add(hint, w.build());
    }

    /** {@code fill_nulls_with} is a number in MetricFlow; anything else is refused at read time, kept safe here. */
    static String fillLiteral(String fill) {
        return fill.trim().matches("-?\\d+(\\.\\d+)?") ? fill.trim() : "NULL";
    }
}
