package dev.steward.model.diff.semantic;

import dev.steward.model.diff.ChangeCollector.Judge;
import dev.steward.model.diff.ChangeSeverity;
import java.util.Optional;
import java.util.function.Function;

/**
 * One compared value of a semantic element: where it is written, the rule that classifies a change
 * of it, and how to read it as text (normalised, so layout is no change).
 *
 * @param path  the dotted path below the element, e.g. {@code type_params.time_granularity}
 * @param key   the YAML key to point at, found breadth first in the element
 * @param rule  the rule id
 * @param judge the severity given the two values
 * @param value the value as comparable text, empty when absent
 */
record Field<T>(String path, String key, String rule, Judge judge, Function<T, Optional<String>> value) {

    static <T> Field<T> of(String path, String rule, ChangeSeverity severity, Function<T, Optional<String>> value) {
        return new Field<>(path, path.substring(path.lastIndexOf('.') + 1), rule, Judge.always(severity), value);
    }

    static <T> Field<T> judged(String path, String rule, Judge judge, Function<T, Optional<String>> value) {
        return new Field<>(path, path.substring(path.lastIndexOf('.') + 1), rule, judge, value);
    }
}
