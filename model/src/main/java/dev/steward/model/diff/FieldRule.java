package dev.steward.model.diff;

import dev.steward.model.diff.ChangeCollector.Judge;
import java.util.Optional;
import java.util.function.Function;

/**
 * One compared value of an element: where it is written, the rule that classifies a change of it,
 * and how to read it as text (normalised, so layout is no change). Each artifact kind lists its
 * elements' fields as tables of these; {@link ChangeCollector#fields} applies a table.
 *
 * @param path  the dotted path below the element, e.g. {@code type_params.time_granularity}
 * @param key   the YAML key to point at in the element
 * @param rule  the rule id
 * @param judge the severity given the two values
 * @param value the value as comparable text, empty when absent
 */
public record FieldRule<T>(String path, String key, String rule, Judge judge, Function<T, Optional<String>> value) {

    public static <T> FieldRule<T> of(String path, String rule, ChangeSeverity severity, Function<T, Optional<String>> value) {
        return new FieldRule<>(path, path.substring(path.lastIndexOf('.') + 1), rule, Judge.always(severity), value);
    }

    public static <T> FieldRule<T> judged(String path, String rule, Judge judge, Function<T, Optional<String>> value) {
        return new FieldRule<>(path, path.substring(path.lastIndexOf('.') + 1), rule, judge, value);
    }
}
