package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.ChoiceShape;
import dev.steward.model.contract.schema.Field;
import dev.steward.model.contract.schema.ListShape;
import dev.steward.model.contract.schema.ObjectRule;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;
import dev.steward.model.contract.schema.Shape;
import dev.steward.model.contract.schema.Variant;
import dev.steward.model.contract.schema.Version;
import dev.steward.model.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The ODCS data quality check object (DataQuality) of one version. */
final class OdcsQuality {

    static final List<String> OPERATORS = List.of("mustBe", "mustNotBe", "mustBeGreaterThan", "mustBeGreaterOrEqualTo",
            "mustBeLessThan", "mustBeLessOrEqualTo", "mustBeBetween", "mustNotBeBetween");
    static final List<String> METRICS = List.of("nullValues", "missingValues", "invalidValues", "duplicateValues", "rowCount");
    static final List<String> DIMENSIONS = List.of("accuracy", "completeness", "conformity", "consistency", "coverage",
            "timeliness", "uniqueness");
    static final List<String> TYPES = List.of("text", "library", "sql", "custom");

    private OdcsQuality() {
    }

    static ObjectType build(Version version, OdcsCommon common) {
        boolean v31 = version.atLeast("v3.1.0");
        ObjectType q = new ObjectType("DataQuality", "a quality check", v31);
        if (v31) {
            q.field("id", common.stableId());
        }
        q.field("name", ScalarShape.STRING)
                .field("description", ScalarShape.STRING)
                .field(Field.of("type", ScalarShape.oneOf(TYPES)).withTemplate("library"))
                .field("dimension", ScalarShape.oneOf(DIMENSIONS))
                .field("method", ScalarShape.STRING)
                .field(Field.of("severity", ScalarShape.STRING).withSuggestions("info", "warning", "error"))
                .field("businessImpact", ScalarShape.STRING)
                .field("schedule", ScalarShape.STRING)
                .field("scheduler", ScalarShape.STRING)
                .field(Field.of("unit", ScalarShape.STRING).withSuggestions("rows", "percent"))
                .field("tags", common.tags())
                .field("authoritativeDefinitions", common.authoritativeDefinitions())
                .field("customProperties", common.customProperties());
        Map<String, Field> operators = operators();
        ObjectRule exactlyOne = v31 ? OdcsQuality::exactlyOneOperator : (m, p) -> { };
        Variant.Builder library = v31
                ? Variant.when("a library check (type: library, or a 'metric')",
                        m -> "library".equals(m.text("type").orElse(null)) || m.has("metric"))
                : Variant.when("a library check (type: library or no type)",
                        m -> Variant.absent(m, "type") || "library".equals(m.text("type").orElse(null)));
        library.fields(operators).rules(exactlyOne);
        if (v31) {
            library.field(Field.of("metric", ScalarShape.oneOf(METRICS)).withTemplate("rowCount"))
                    .field(Field.of("rule", ScalarShape.STRING).deprecated("use 'metric' instead"))
                    .field("arguments", common.openObject("QualityArguments", "the arguments of a library metric"))
                    .require("quality-missing-field", "metric");
        } else {
            library.field("rule", ScalarShape.STRING).require("quality-missing-field", "rule");
        }
        q.variant(library.build());
        Variant.Builder sql = Variant.when("an SQL check (type: sql)", "type", "sql")
                .field("query", ScalarShape.STRING).require("quality-missing-field", "query");
        if (v31) {
            sql.fields(operators).rules(exactlyOne); // before 3.1 only library checks define operators
        }
        q.variant(sql.build());
        q.variant(Variant.when("a custom check (type: custom)", "type", "custom")
                .field(Field.of("engine", ScalarShape.STRING).withSuggestions("soda", "greatExpectations", "montecarlo", "dbt"))
                .field("implementation", new ChoiceShape(common.openObject("Implementation", "an implementation"), null,
                        ScalarShape.STRING))
                .require("quality-missing-field", "engine", "implementation").build());
        return q;
    }

    private static Map<String, Field> operators() {
        Map<String, Field> ops = new LinkedHashMap<>();
        Shape pair = ListShape.pair(ScalarShape.NUMBER, true);
        for (String op : OPERATORS) {
            Shape shape = op.startsWith("mustBe") && !op.equals("mustBe") && !op.endsWith("Between") ? ScalarShape.NUMBER
                    : op.endsWith("Between") ? pair : ScalarShape.ANY;
            ops.put(op, Field.of(op, shape));
        }
        return ops;
    }

    /** ODCS 3.1+: a library or sql check compares its result with exactly one operator. */
    private static void exactlyOneOperator(YamlMapping m, dev.steward.model.contract.schema.Problems problems) {
        List<YamlMapping.Entry> used = new ArrayList<>(2);
        for (YamlMapping.Entry e : m.entries()) {
            if (OPERATORS.contains(e.name())) {
                used.add(e);
            }
        }
        if (used.size() == 1) {
            return;
        }
        if (used.isEmpty()) {
            problems.error("quality-operator-count", m.entries().getFirst().key().range(),
                    "This quality check has no operator; add exactly one of " + String.join(", ", OPERATORS));
            return;
        }
        String names = String.join(", ", used.stream().map(YamlMapping.Entry::name).toList());
        problems.error("quality-operator-count", used.get(1).key().range(),
                "A quality check takes exactly one operator, found " + used.size() + " (" + names
                        + "); split it into one check per operator");
    }
}
