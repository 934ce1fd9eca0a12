package dev.steward.model.contract.dcs;

import dev.steward.model.contract.schema.DeclaredVersion;
import dev.steward.model.contract.schema.Problems;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.SpecChecker;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.yaml.YamlDocument;
import java.util.List;
import java.util.Optional;

/**
 * Checks a Data Contract Specification document against the structure of the version it declares
 * ({@code dataContractSpecification}). Extension keys are allowed, as DCS allows them; a key that
 * looks like a typo of a known key is a warning. Stateless and thread-safe.
 */
public final class DcsSchemaChecker {

    public List<Diagnostic> check(YamlDocument document) {
        if (document.root().isEmpty()) {
            return List.of();
        }
        Problems problems = new Problems(document, "dcs");
        Optional<DeclaredVersion> declared = DeclaredVersion.read(document.root().get(), "dataContractSpecification",
                DcsSchema.family(), DcsSchema.current(), DcsSchema.family().labels(), problems);
        declared.ifPresent(d -> new SpecChecker(d.spec(), DcsSchema.family(), problems, d.node(), "dataContractSpecification")
                .checkDocument(document.root().get()));
        return problems.all();
    }

    /** The spec a document is checked against, or the current one when it declares none it knows. */
    public static Spec specFor(YamlDocument document) {
        return document.rootMapping().flatMap(m -> m.text("dataContractSpecification")).flatMap(DcsSchema::forVersion)
                .orElse(DcsSchema.current());
    }
}
