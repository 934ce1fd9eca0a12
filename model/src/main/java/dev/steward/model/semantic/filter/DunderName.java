package dev.steward.model.semantic.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A dunder-joined name split into its parts: {@code listing__user__country__month} → links
 * {@code [listing, user]}, element {@code country}, grain {@code month}. A last part {@code extract_year}
 * is a date part. A last part is a grain when it is a standard grain or one of the given custom grains;
 * {@code metric_time__x} always ends in a grain, since metric_time has no attributes.
 */
record DunderName(List<String> links, String element, Optional<String> grain, Optional<DatePart> datePart) {

    DunderName {
        links = List.copyOf(links);
    }

    /** Splits {@code name} knowing only the standard grains; problems are reported on {@code [start, end)}. */
    static Result parse(String name, int start, int end) {
        return parse(name, start, end, Set.of());
    }

    /** Splits {@code name}, reading {@code customGrains} as grains too. */
    static Result parse(String name, int start, int end, Set<String> customGrains) {
        if (name.isBlank()) {
            return Result.failure(new FilterProblem("The name is empty", start, end));
        }
        List<String> parts = new ArrayList<>(Arrays.asList(name.split(SemanticNames.DUNDER, -1)));
        Optional<String> grain = Optional.empty();
        Optional<DatePart> datePart = Optional.empty();
        if (parts.size() > 1) {
            String last = parts.getLast();
            boolean afterMetricTime = parts.size() == 2 && parts.getFirst().equals(SemanticNames.METRIC_TIME);
            if (customGrains.contains(last) || afterMetricTime && !last.startsWith(DatePart.EXTRACT_PREFIX)) {
                grain = Optional.of(last);
            }
            grain = grain.or(() -> TimeGranularity.parse(last).map(TimeGranularity::keyword).filter(last::equals));
            if (last.startsWith(DatePart.EXTRACT_PREFIX)) {
                datePart = DatePart.parse(last.substring(DatePart.EXTRACT_PREFIX.length()));
            }
            if (grain.isPresent() || datePart.isPresent()) {
                parts.removeLast();
            }
        }
        for (String part : parts) {
            Optional<String> problem = part.isEmpty()
                    ? Optional.of("'" + name + "' has an empty part between double underscores")
                    : SemanticNames.problem(part);
            if (problem.isPresent()) {
                return Result.failure(new FilterProblem("Invalid name: " + problem.get(), start, end));
            }
        }
        String element = parts.removeLast();
        return new Result(Optional.of(new DunderName(parts, element, grain, datePart)), Optional.empty());
    }

    record Result(Optional<DunderName> name, Optional<FilterProblem> problem) {
        static Result failure(FilterProblem problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
