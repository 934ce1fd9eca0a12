package dev.steward.model.contract.odcs;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.odcs.rules.OdcsRule;
import dev.steward.model.contract.odcs.rules.OdcsRules;
import dev.steward.model.contract.semantic.RuleRunner;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.validation.ArtifactValidator;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Validates an ODCS contract: its structure against the standard ({@link OdcsSchemaChecker}), then
 * every semantic rule of {@link OdcsRules} on one shared outline of the document. Stateless and
 * thread-safe.
 */
public final class OdcsValidator implements ArtifactValidator {

    private static final ThreadLocal<Optional<OdcsContract>> LAST_OUTLINE = new ThreadLocal<>();


    private final OdcsSchemaChecker schemaChecker = new OdcsSchemaChecker();
    private final Map<String, OdcsRule> rules;

    public OdcsValidator() {
        this(OdcsRules.all());
    }

    /** A validator running {@code rules} (in order) after the structural check; rules are named by their class. */
    public OdcsValidator(List<OdcsRule> rules) {
        Map<String, OdcsRule> named = new LinkedHashMap<>();
        rules.forEach(rule -> named.put(rule.getClass().getSimpleName(), rule));
        this.rules = Collections.unmodifiableMap(named);
    }

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.ODCS;
    }

    @Override
    public List<Diagnostic> validate(YamlDocument document, ValidationContext context) {
        List<Diagnostic> all = new ArrayList<>(schemaChecker.check(document));
        outline(document).ifPresent(contract -> all.addAll(semanticProblems(contract, context)));
        return all;
    }

    /**
     * The outline of {@code document}. The linter asks for the summary and then validates the same
     * document on the same thread, so the last outline built on each thread is reused.
     */
    private static Optional<OdcsContract> outline(YamlDocument document) {
        Optional<OdcsContract> cached = LAST_OUTLINE.get();
        if (cached != null && cached.map(c -> c.document() == document).orElse(false)) {
            return cached;
        }
        Optional<OdcsContract> built = OdcsContract.of(document);
        LAST_OUTLINE.set(built.isPresent() ? built : null);
        return built;
    }

    /** The findings of the semantic rules alone, without the structural check. */
    public List<Diagnostic> semanticProblems(OdcsContract contract, ValidationContext context) {
        return RuleRunner.runAll(contract.document().path(), contract, context, rules);
    }

    @Override
    public Optional<ContractSummary> summarize(YamlDocument document) {
        return outline(document).map(OdcsContract::summary);
    }
}
