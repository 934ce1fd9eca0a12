package dev.steward.model.semantic.lint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The expected shape of a YAML value in a semantic-layer file, for {@link SemanticSchemaChecker}. */
sealed interface Shape {

    /** What the shape is, for "must be ..." messages. */
    String describe();

    /** Any non-null scalar (text, numbers and booleans read as written). */
    record Text() implements Shape {
        @Override
        public String describe() {
            return "a string";
        }
    }

    record Bool() implements Shape {
        @Override
        public String describe() {
            return "true or false";
        }
    }

    record Number(boolean integer) implements Shape {
        @Override
        public String describe() {
            return integer ? "a whole number" : "a number";
        }
    }

    /** One of a few words, compared case-insensitively (DSI accepts upper and lower case). */
    record Words(List<String> allowed) implements Shape {
        public Words {
            allowed = List.copyOf(allowed);
        }

        boolean accepts(String word) {
            return allowed.contains(word.strip().toLowerCase(Locale.ROOT));
        }

        @Override
        public String describe() {
            return "one of " + String.join(", ", allowed);
        }
    }

    record ListOf(Shape item) implements Shape {
        @Override
        public String describe() {
            return "a list";
        }
    }

    /**
     * A mapping. {@code what} names it in messages ("metric"); unknown keys are reported unless
     * {@code open}; {@code oneOf} lists alternatives of which at least one key must be present.
     */
    record Mapping(String what, Map<String, Shape> fields, Set<String> required, List<List<String>> oneOf,
                   boolean open) implements Shape {
        public Mapping {
            fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            required = Set.copyOf(required);
            oneOf = List.copyOf(oneOf);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    /** Alternatives chosen by the node: the first whose structure (scalar, list, mapping) fits. */
    record Either(List<Shape> choices) implements Shape {
        public Either {
            choices = List.copyOf(choices);
        }

        @Override
        public String describe() {
            return String.join(" or ", choices.stream().map(Shape::describe).toList());
        }
    }

    /** Anything (dbt config blocks and meta). */
    record Anything() implements Shape {
        @Override
        public String describe() {
            return "any value";
        }
    }
}
