package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The {@code logicalTypeOptions} of a property, all logical types together (which ones apply
 * depends on the logicalType; the validator checks that). {@code minimum}, {@code maximum} and the
 * exclusive bounds are kept as scalar text because they are numbers for numeric types, date-time
 * strings for temporal types and booleans for the v3.0 exclusive flags.
 */
public record LogicalTypeOptions(String format, Long minLength, Long maxLength, String pattern, String minimum,
        String maximum, String exclusiveMinimum, String exclusiveMaximum, BigDecimal multipleOf, Boolean timezone,
        String defaultTimezone, Long minItems, Long maxItems, Boolean uniqueItems, Long minProperties,
        Long maxProperties, List<String> required, Map<String, YamlNode> extensions, SourceRange range) {

    public LogicalTypeOptions {
        required = List.copyOf(required);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
