package dev.steward.model.semantic.validation;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.yaml.SourceRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Project-level checks of a semantic layer, after dbt-semantic-interfaces' {@code DEFAULT_RULES}
 * (plus the gaps it misses). Each rule reports under its own {@code semantic-...} id; a metric whose
 * input is missing is reported once, at that metric, not at every metric built on it.
 */
public final class SemanticValidator {
    private final List<SemanticRule> rules;

    public SemanticValidator() {
        this(List.of(
                new NonEmptyRule(),
                new UniqueNameRule(),
                new ValidNameRule(),
                new MeasureUniqueRule(),
                new MetricMeasuresRule(),
                new MetricInputsExistRule(),
                new CountExprRule(),
                new PercentileRule(),
                new AggTimeDimensionRule(),
                new PrimaryEntityRule(),
                new PrimaryEntityDimensionPairsRule(),
                new DerivedMetricRule(),
                new CumulativeMetricRule(),
                new ConversionMetricRule(),
                new ElementConsistencyRule(),
                new DimensionConsistencyRule(),
                new ReservedKeywordsRule(),
                new ValidityWindowRule(),
                new NonAdditiveDimensionRule(),
                new LabelsRule(),
                new TimeDimensionGranularityRule(),
                new TimeSpineRule(),
                new FillNullsRule(),
                new SavedQueryLimitRule(),
                new MetricTimeGranularityRule(),
                new MeasureAliasesRule()));
    }

    SemanticValidator(List<SemanticRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The stable ids of every rule, in the order they run. */
    public List<String> ruleIds() {
        return rules.stream().map(SemanticRule::id).toList();
    }

    public List<Diagnostic> validate(SemanticProject project) {
        SemanticIndex index = new SemanticIndex(project);
        List<Diagnostic> out = new ArrayList<>();
        for (SemanticRule rule : rules) {
            try {
                rule.check(index, new Findings(index, rule.id(), out));
            } catch (RuntimeException e) {
                out.add(new Diagnostic(index.pathOf(null), SourceRange.START, Severity.ERROR, rule.id(),
                        "Steward could not finish checking " + rule.checking() + " (" + e.getClass().getSimpleName()
                                + "); the other checks still ran. Please report this with the file."));
            }
        }
        return out;
    }
}
