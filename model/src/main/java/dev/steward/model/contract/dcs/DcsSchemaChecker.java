package dev.steward.model.contract.dcs;

import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.VersionedChecker;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.yaml.YamlDocument;
import java.util.List;

/**
 * Checks a Data Contract Specification document against the structure of the version it declares
 * ({@code dataContractSpecification}). Extension keys are allowed, as DCS allows them; a key that
 * looks like a typo of a known key is a warning. Stateless and thread-safe.
 */
public final class DcsSchemaChecker {

    private static final VersionedChecker CHECKER = new VersionedChecker(DcsSchema.family(), DcsSchema.current(),
            "dataContractSpecification", DcsSchema.family().labels());

    public List<Diagnostic> check(YamlDocument document) {
        return CHECKER.check(document);
    }

    /** The spec a document is checked against, or the current one when it declares none it knows. */
    public static Spec specFor(YamlDocument document) {
        return CHECKER.specFor(document);
    }
}
