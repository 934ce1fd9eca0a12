package dev.steward.model.semantic.filter;

import dev.steward.model.semantic.filter.ObjectCall.Argument;
import dev.steward.model.semantic.filter.ObjectCall.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parameters of one object or method, in DSI's order; binds positional and keyword arguments to them. */
record ObjectSignature(String name, List<String> parameters, List<String> methods) {

    static final ObjectSignature DIMENSION = new ObjectSignature("Dimension",
            List.of("name", "entity_path"), List.of("grain", "date_part", "descending"));
    static final ObjectSignature TIME_DIMENSION = new ObjectSignature("TimeDimension",
            List.of("time_dimension_name", "time_granularity_name", "entity_path", "descending", "date_part_name"),
            List.of("grain", "date_part", "descending"));
    static final ObjectSignature ENTITY = new ObjectSignature("Entity",
            List.of("entity_name", "entity_path"), List.of("descending"));
    static final ObjectSignature METRIC = new ObjectSignature("Metric",
            List.of("metric_name", "group_by"), List.of("descending"));

    static Optional<ObjectSignature> of(String objectName) {
        return switch (objectName) {
            case "Dimension" -> Optional.of(DIMENSION);
            case "TimeDimension" -> Optional.of(TIME_DIMENSION);
            case "Entity" -> Optional.of(ENTITY);
            case "Metric" -> Optional.of(METRIC);
            default -> Optional.empty();
        };
    }

    ItemKind kind() {
        return switch (name) {
            case "Dimension" -> ItemKind.DIMENSION;
            case "TimeDimension" -> ItemKind.TIME_DIMENSION;
            case "Entity" -> ItemKind.ENTITY;
            default -> ItemKind.METRIC;
        };
    }

    /** Arguments by parameter name; a problem for too many, unknown or repeated arguments. */
    Map<String, Value> bind(List<Argument> arguments) {
        Map<String, Value> bound = new LinkedHashMap<>();
        int position = 0;
        for (Argument argument : arguments) {
            String parameter;
            if (argument.keyword().isPresent()) {
                Token keyword = argument.keyword().get();
                parameter = keyword.text();
                if (!parameters.contains(parameter)) {
                    throw new ObjectRejected(new FilterProblem(name + " has no parameter '" + parameter
                            + "'; it takes " + String.join(", ", parameters), keyword.start(), keyword.end()));
                }
            } else {
                if (position >= parameters.size()) {
                    throw new ObjectRejected(new FilterProblem(name + " takes at most " + parameters.size()
                            + " arguments (" + String.join(", ", parameters) + ")",
                            argument.value().start(), argument.value().end()));
                }
                parameter = parameters.get(position++);
            }
            if (bound.putIfAbsent(parameter, argument.value()) != null) {
                throw new ObjectRejected(new FilterProblem(name + " is given '" + parameter + "' twice",
                        argument.value().start(), argument.value().end()));
            }
        }
        return bound;
    }
}
