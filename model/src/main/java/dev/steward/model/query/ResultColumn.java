package dev.steward.model.query;

/**
 * One output column: group-by columns come first, named as the user gave them ({@code metric_time__month}),
 * then one column per metric. {@code temporal} marks time columns (a preview draws those as a time axis).
 */
public record ResultColumn(String name, Role role, boolean temporal) {

    public enum Role { GROUP_BY, METRIC }
}
