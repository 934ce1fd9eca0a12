package dev.steward.model.contract.schema;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlScalar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Extra keys, requirements and rules that apply to a mapping only when {@code applies} holds, e.g.
 * the fields of a {@code type: postgres} server or of a {@code type: sql} quality check. A variant
 * field overrides the base field of the same name. {@code missingRule} is the rule-id suffix used
 * when one of {@code required} is absent (e.g. {@code server-missing-field}). An advisory variant
 * documents what the standard describes but its schema does not enforce: its keys are offered by
 * completion and its missing keys are warnings, never errors.
 */
public record Variant(String label, Predicate<YamlMapping> applies, Map<String, Field> fields,
                      List<String> required, String missingRule, List<ObjectRule> rules, boolean advisory) {

    public Variant {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        required = List.copyOf(required);
        rules = List.copyOf(rules);
    }

    /** Starts a variant for mappings whose {@code key} is one of {@code values}. */
    public static Builder when(String label, String key, String... values) {
        Set<String> set = Set.of(values);
        return new Builder(label, m -> m.text(key).filter(set::contains).isPresent());
    }

    public static Builder when(String label, Predicate<YamlMapping> applies) {
        return new Builder(label, applies);
    }

    /** True when {@code key} is absent or null (JSON-Schema {@code if} without {@code required}). */
    public static boolean absent(YamlMapping m, String key) {
        return m.get(key).map(n -> n instanceof YamlScalar s && s.type() == YamlScalar.Type.NULL).orElse(true);
    }

    /** Collects a variant. */
    public static final class Builder {
        private final String label;
        private final Predicate<YamlMapping> applies;
        private final Map<String, Field> fields = new LinkedHashMap<>();
        private List<String> required = List.of();
        private String missingRule = "required-key";
        private List<ObjectRule> rules = List.of();
        private boolean advisory;

        private Builder(String label, Predicate<YamlMapping> applies) {
            this.label = label;
            this.applies = applies;
        }

        public Builder field(String name, Shape shape) {
            fields.put(name, Field.of(name, shape));
            return this;
        }

        public Builder field(Field field) {
            fields.put(field.name(), field);
            return this;
        }

        public Builder fields(Map<String, Field> more) {
            fields.putAll(more);
            return this;
        }

        public Builder require(String missingRuleSuffix, String... names) {
            this.missingRule = missingRuleSuffix;
            this.required = List.of(names);
            return this;
        }

        public Builder rules(ObjectRule... objectRules) {
            this.rules = List.of(objectRules);
            return this;
        }

        /** Marks the variant as documented but not enforced (see {@link Variant}). */
        public Builder advisory(boolean value) {
            this.advisory = value;
            return this;
        }

        public Variant build() {
            return new Variant(label, applies, fields, required, missingRule, rules, advisory);
        }
    }
}
