package dev.steward.model.contract.dcs;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.dcs.rules.DcsRules;
import dev.steward.model.contract.semantic.RuleRunner;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.validation.ArtifactValidator;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Validates a Data Contract Specification (DCS) contract: its structure ({@link DcsSchemaChecker}),
 * then the rules of {@link DcsRules}. Stateless and thread-safe.
 */
public final class DcsValidator implements ArtifactValidator {

    private final DcsSchemaChecker schemaChecker = new DcsSchemaChecker();

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.DCS;
    }

    @Override
    public List<Diagnostic> validate(YamlDocument document, ValidationContext context) {
        List<Diagnostic> all = new ArrayList<>(schemaChecker.check(document));
        DcsContract.of(document).ifPresent(contract -> all.addAll(semanticProblems(contract, context)));
        return all;
    }

    /** The findings of the semantic rules alone, without the structural check. */
    public List<Diagnostic> semanticProblems(DcsContract contract, ValidationContext context) {
        return RuleRunner.runAll(contract.document().path(), contract, context, DcsRules.all());
    }

    @Override
    public Optional<ContractSummary> summarize(YamlDocument document) {
        return DcsContract.of(document).map(DcsContract::summary);
    }
}
