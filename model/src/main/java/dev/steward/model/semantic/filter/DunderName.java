package dev.steward.model.semantic.filter;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A dunder-joined name split into its parts: {@code listing__user__country__month} → links
 * {@code [listing, user]}, element {@code country}, grain {@code month}. A last part {@code extract_year}
 * is a date part. Only standard grains are recognised as a suffix; custom grains need the object syntax.
 */
record DunderName(List<String> links, String element, Optional<TimeGranularity> grain, Optional<DatePart> datePart) {

    DunderName {
        links = List.copyOf(links);
    }

    /** Splits {@code name}; problems are reported on {@code [start, end)}. */
    static Result parse(String name, int start, int end) {
        if (name.isBlank()) {
            return Result.failure(new FilterProblem("The name is empty", start, end));
        }
        List<String> parts = new ArrayList<>(Arrays.asList(name.split(SemanticNames.DUNDER, -1)));
        Optional<TimeGranularity> grain = Optional.empty();
        Optional<DatePart> datePart = Optional.empty();
        if (parts.size() > 1) {
            String last = parts.getLast();
            grain = TimeGranularity.parse(last).filter(g -> last.equals(g.keyword()));
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
