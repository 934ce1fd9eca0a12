package dev.steward.model.yaml.edit;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;

/** A value to write into a YAML text: a scalar, or a new mapping or list built from values. */
public sealed interface YamlValue permits YamlValue.Scalar, YamlValue.Mapping, YamlValue.Sequence {

    /** How a scalar is written: strings are quoted when YAML would read them as something else. */
    enum Kind { STRING, BOOLEAN, NUMBER, NULL }

    /** A scalar; {@code text} is the string, or the canonical text of a boolean or number. */
    record Scalar(Kind kind, String text) implements YamlValue {
        public Scalar {
            if (kind == Kind.NULL) {
                text = "null";
            } else if (text == null) {
                throw new IllegalArgumentException("a " + kind + " scalar needs text");
            }
        }
    }

    /** A mapping with keys in insertion order. */
    record Mapping(SequencedMap<String, YamlValue> entries) implements YamlValue {
        public Mapping {
            entries = java.util.Collections.unmodifiableSequencedMap(new LinkedHashMap<>(entries));
        }
    }

    /** A list. */
    record Sequence(List<YamlValue> items) implements YamlValue {
        public Sequence {
            items = List.copyOf(items);
        }
    }

    static Scalar string(String text) {
        return new Scalar(Kind.STRING, text);
    }

    static Scalar bool(boolean value) {
        return new Scalar(Kind.BOOLEAN, Boolean.toString(value));
    }

    static Scalar number(BigDecimal value) {
        return new Scalar(Kind.NUMBER, value.toPlainString());
    }

    static Scalar number(long value) {
        return new Scalar(Kind.NUMBER, Long.toString(value));
    }

    static Scalar nullValue() {
        return new Scalar(Kind.NULL, null);
    }

    /** A mapping of string values, in the order given: {@code strings("name", "id", "logicalType", "string")}. */
    static Mapping strings(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values must come in pairs");
        }
        SequencedMap<String, YamlValue> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], string(keysAndValues[i + 1]));
        }
        return new Mapping(m);
    }

}
