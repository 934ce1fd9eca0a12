package dev.steward.app.cli;

import dev.steward.model.query.MetricQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Option;

/** The query options {@code steward query} and {@code steward sql} share. */
final class MetricQueryOptions {

    @Option(names = "--workspace", paramLabel = "DIR", defaultValue = ".",
            description = "The workspace (dbt project) with the semantic layer and seeds/. Default: the current folder.")
    Path workspace;

    @Option(names = "--metrics", paramLabel = "M1,M2", required = true,
            description = "Metrics to query, comma-separated.")
    String metrics;

    @Option(names = "--group-by", paramLabel = "G1,G2",
            description = "Group-by items, comma-separated: metric_time__month, customer__country, "
                    + "TimeDimension('metric_time', 'week').")
    String groupBy;

    @Option(names = "--where", paramLabel = "FILTER",
            description = "A filter, e.g. \"{{ Dimension('order__status') }} = 'delivered'\".")
    String where;

    @Option(names = "--order-by", paramLabel = "O1,O2",
            description = "Order-by items, comma-separated; a leading '-' sorts descending (--order-by=-revenue).")
    String orderBy;

    @Option(names = "--limit", paramLabel = "N", description = "At most N rows.")
    Integer limit;

    /** The query, or a usage problem in one line. */
    MetricQuery query() {
        List<String> metricNames = items(metrics);
        if (metricNames.isEmpty()) {
            throw new UsageException("--metrics needs at least one metric name");
        }
        if (limit != null && limit < 1) {
            throw new UsageException("--limit must be 1 or more, was " + limit);
        }
        return new MetricQuery(metricNames, items(groupBy),
                Optional.ofNullable(where).filter(w -> !w.isBlank()), items(orderBy),
                limit == null ? OptionalInt.empty() : OptionalInt.of(limit), Optional.empty(), Optional.empty());
    }

    /** Splits at commas outside parentheses and quotes, so {@code TimeDimension('metric_time', 'week')} stays whole. */
    static List<String> items(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int depth = 0;
        char quote = 0;
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                add(out, current);
                continue;
            }
            current.append(c);
        }
        add(out, current);
        return out;
    }

    private static void add(List<String> out, StringBuilder item) {
        String s = item.toString().strip();
        if (!s.isEmpty()) {
            out.add(s);
        }
        item.setLength(0);
    }

    /** A problem with the command line, reported in one line with exit code 2. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
