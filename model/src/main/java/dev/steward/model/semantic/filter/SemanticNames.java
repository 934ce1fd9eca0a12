package dev.steward.model.semantic.filter;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Naming rules for semantic-layer elements (DSI {@code unique_valid_name.py}): lower-case letters,
 * digits and underscores, starting with a letter, not ending with an underscore, and no double
 * underscore (the dunder separates entity links, element and grain in query names).
 */
public final class SemanticNames {
    public static final String METRIC_TIME = "metric_time";
    public static final String INTERNAL_UUID = "mf_internal_uuid";
    public static final Set<String> RESERVED = Set.of(METRIC_TIME, INTERNAL_UUID);
    public static final String DUNDER = "__";

    private static final Pattern NAME = Pattern.compile("^[a-z][a-z0-9_]*[a-z0-9]$");

    private SemanticNames() {
    }

    public static boolean valid(String name) {
        return problem(name).isEmpty();
    }

    /** Why {@code name} is not a valid element name, or empty when it is. Reserved names are valid here. */
    public static Optional<String> problem(String name) {
        if (name == null || name.isEmpty()) {
            return Optional.of("the name is empty");
        }
        if (name.contains(DUNDER)) {
            return Optional.of("'" + name + "' contains a double underscore, which separates entity, element and grain");
        }
        if (!NAME.matcher(name).matches()) {
            return Optional.of("'" + name + "' must start with a lower-case letter, use only a-z, 0-9 and _, "
                    + "and not end with _");
        }
        return Optional.empty();
    }

    /** Why {@code name} cannot be given to a user-defined element (invalid or reserved), or empty. */
    public static Optional<String> definitionProblem(String name) {
        Optional<String> problem = problem(name);
        if (problem.isEmpty() && RESERVED.contains(name)) {
            return Optional.of("'" + name + "' is reserved by MetricFlow");
        }
        return problem;
    }
}
