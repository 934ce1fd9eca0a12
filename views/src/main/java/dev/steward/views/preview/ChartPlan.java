package dev.steward.views.preview;

import dev.steward.model.preview.QueryResult;
import dev.steward.model.query.ResultColumn;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chart a result calls for, as data: a time group-by gives a line chart (one series per metric, or per
 * metric and value of one more categorical group-by); a single categorical group-by a bar chart; anything
 * else no chart, with a note saying why. Toolkit-free; the view turns it into JavaFX chart series.
 */
public record ChartPlan(Kind kind, String note, String xTitle, List<Series> series) {

    public enum Kind { LINE, BAR, NONE }

    /** A named line or bar group; points in x order for lines, result order for bars. */
    public record Series(String name, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /** {@code x} is the axis label (a date shown at the column's grain); {@code y} the metric value. */
    public record Point(String x, Number y) {
    }

    public ChartPlan {
        series = List.copyOf(series);
    }

    static ChartPlan none(String note) {
        return new ChartPlan(Kind.NONE, note, "", List.of());
    }

    public static ChartPlan of(QueryResult result) {
        List<Integer> time = new ArrayList<>();
        List<Integer> categories = new ArrayList<>();
        List<Integer> metrics = new ArrayList<>();
        for (int i = 0; i < result.columns().size(); i++) {
            ResultColumn c = result.columns().get(i);
            if (c.role() == ResultColumn.Role.METRIC) {
                metrics.add(i);
            } else if (c.temporal()) {
                time.add(i);
            } else {
                categories.add(i);
            }
        }
        if (result.rows().isEmpty()) {
            return none("No rows to chart.");
        }
        if (time.size() == 1 && categories.size() <= 1) {
            return line(result, time.getFirst(), categories.isEmpty() ? -1 : categories.getFirst(), metrics);
        }
        if (time.isEmpty() && categories.size() == 1) {
            return bar(result, categories.getFirst(), metrics);
        }
        if (time.isEmpty() && categories.isEmpty()) {
            return none("Add a group-by to draw a chart: metric_time for a line, a dimension for bars.");
        }
        return none("No chart for this shape: a chart shows one time group-by (plus at most one dimension) "
                + "or a single dimension.");
    }

    private static ChartPlan line(QueryResult r, int x, int split, List<Integer> metrics) {
        String grain = grainOf(r.columns().get(x).name());
        Map<String, TreeMap<String, Number>> series = new LinkedHashMap<>();
        for (List<Object> row : r.rows()) {
            Object when = row.get(x);
            if (when == null) {
                continue;
            }
            for (int m : metrics) {
                Object y = row.get(m);
                if (y instanceof Number n) {
                    String name = r.columns().get(m).name();
                    if (split >= 0) {
                        String category = String.valueOf(row.get(split));
                        name = metrics.size() == 1 ? category : name + " · " + category;
                    }
                    series.computeIfAbsent(name, k -> new TreeMap<>()).put(label(when, grain), n);
                }
            }
        }
        List<Series> out = new ArrayList<>();
        series.forEach((name, points) -> out.add(new Series(name,
                points.entrySet().stream().map(e -> new Point(e.getKey(), e.getValue())).toList())));
        return new ChartPlan(Kind.LINE, "", r.columns().get(x).name(), out);
    }

    private static ChartPlan bar(QueryResult r, int x, List<Integer> metrics) {
        List<Series> out = new ArrayList<>();
        for (int m : metrics) {
            List<Point> points = new ArrayList<>();
            for (List<Object> row : r.rows()) {
                if (row.get(m) instanceof Number n) {
                    points.add(new Point(String.valueOf(row.get(x)), n));
                }
            }
            out.add(new Series(r.columns().get(m).name(), points));
        }
        return new ChartPlan(Kind.BAR, "", r.columns().get(x).name(), out);
    }

    /** The grain suffix of a group-by name ({@code metric_time__month} gives {@code month}), or {@code day}. */
    static String grainOf(String column) {
        int i = column.lastIndexOf("__");
        String suffix = i < 0 ? "" : column.substring(i + 2);
        return switch (suffix) {
            case "week", "month", "quarter", "year" -> suffix;
            default -> "day";
        };
    }

    /** A date as its grain reads: {@code 2024-07} for a month, {@code 2024-Q3}, {@code 2024}; ISO otherwise. */
    static String label(Object value, String grain) {
        LocalDate d = switch (value) {
            case LocalDate x -> x;
            case LocalDateTime x -> x.toLocalDate();
            case OffsetDateTime x -> x.toLocalDate();
            default -> null;
        };
        if (d == null) {
            return value.toString();
        }
        return switch (grain) {
            case "month" -> d.toString().substring(0, 7);
            case "quarter" -> d.getYear() + "-Q" + ((d.getMonthValue() - 1) / 3 + 1);
            case "year" -> Integer.toString(d.getYear());
            default -> d.toString();
        };
    }
}
