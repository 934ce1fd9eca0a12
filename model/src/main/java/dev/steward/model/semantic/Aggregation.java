package dev.steward.model.semantic;

/** MetricFlow aggregation types (measures and latest-spec simple metrics). */
public enum Aggregation { SUM, MIN, MAX, AVERAGE, COUNT, COUNT_DISTINCT, SUM_BOOLEAN, PERCENTILE, MEDIAN }
