package dev.steward.model.diff;

import dev.steward.model.yaml.SourceRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One change in meaning inside one artifact.
 *
 * @param element    dotted path of the element a person reads, natural keys instead of list positions,
 *                   e.g. {@code schema.orders.properties.amount.logicalType}
 * @param change     added, removed, updated or renamed
 * @param severity   breaking, warning or info
 * @param rule       stable rule id that classified it, e.g. {@code property-type-changed}
 * @param before     the value before, as written (empty when added); short YAML for non-scalars
 * @param after      the value after (empty when removed)
 * @param message    one line for a person: "property `orders.amount` type number → string"
 * @param baseRange  where the element is in the base text, when it exists there
 * @param headRange  where the element is in the head text, when it exists there
 * @param subject    the lineage node id the change concerns (see {@code LineageIds}), used for blast radius
 * @param impacted   downstream artifacts reached from {@code subject}; empty until blast radius is computed
 */
public record SemanticChange(
        String element,
        ChangeKind change,
        ChangeSeverity severity,
        String rule,
        Optional<String> before,
        Optional<String> after,
        String message,
        Optional<SourceRange> baseRange,
        Optional<SourceRange> headRange,
        Optional<String> subject,
        List<ImpactedArtifact> impacted) {

    public SemanticChange {
        Objects.requireNonNull(element, "element");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(baseRange, "baseRange");
        Objects.requireNonNull(headRange, "headRange");
        Objects.requireNonNull(subject, "subject");
        impacted = List.copyOf(impacted);
    }

    /** This change with the downstream artifacts it reaches. */
    public SemanticChange withImpacted(List<ImpactedArtifact> reached) {
        return new SemanticChange(element, change, severity, rule, before, after, message, baseRange, headRange,
                subject, reached);
    }

    public boolean isBreaking() {
        return severity == ChangeSeverity.BREAKING;
    }
}
