package dev.steward.model.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts metric branches side by side on the query's keys, as MetricFlow's FULL OUTER JOIN with COALESCE'd
 * keys does, written so H2 runs it too (H2 has no FULL OUTER JOIN): the distinct keys of all branches
 * ({@code UNION}), then each branch LEFT JOINed on null-safe equality. Without keys the one-row branches are
 * CROSS JOINed. {@code fill_nulls_with} becomes a COALESCE here, so filled metrics are filled after combining.
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
        String keySource = branches.size() == 1 || keys.isEmpty() ? "b1" : "k";
        for (String k : quotedKeys) {
            selects.add(keySource + "." + k);
        }
        for (int i = 0; i < branches.size(); i++) {
            MetricBranch b = branches.get(i);
            String value = "b" + (i + 1) + "." + d.quote(b.column());
            selects.add(b.fillNullsWith().map(f -> "COALESCE(" + value + ", " + fillLiteral(f) + ")").orElse(value)
                    + " AS " + d.quote(names.get(i)));
        }
        w.add(String.join("\n  , ", selects)).add("\nFROM ");
        if (keySource.equals("k")) {
            w.add("(\n  ");
            for (int i = 0; i < branches.size(); i++) {
                w.add(i == 0 ? "" : "\n  UNION\n  ").add("SELECT " + String.join(", ", quotedKeys) + " FROM "
                        + branches.get(i).cte() + " u" + (i + 1));
            }
            w.add("\n) k");
            for (int i = 0; i < branches.size(); i++) {
                String alias = "b" + (i + 1);
                w.add("\nLEFT OUTER JOIN " + branches.get(i).cte() + " " + alias + "\n  ON ");
                w.add(String.join("\n  AND ", quotedKeys.stream()
                        .map(k -> alias + "." + k + " IS NOT DISTINCT FROM k." + k).toList()));
            }
        } else {
            for (int i = 0; i < branches.size(); i++) {
                w.add(i == 0 ? "" : "\nCROSS JOIN ").add(branches.get(i).cte() + " b" + (i + 1));
            }
        }
        return context.ctes().add(hint, w.build());
    }

    /** {@code fill_nulls_with} is a number in MetricFlow; anything else is refused at read time, kept safe here. */
    static String fillLiteral(String fill) {
        return fill.trim().matches("-?\\d+(\\.\\d+)?") ? fill.trim() : "NULL";
    }
}
