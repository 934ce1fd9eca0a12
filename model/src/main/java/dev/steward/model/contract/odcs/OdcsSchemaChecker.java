package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.VersionedChecker;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.yaml.YamlDocument;
import java.util.List;

/**
 * Checks an ODCS document against the structure of the apiVersion it declares. A construct of a
 * later version is reported as such (rule {@code odcs-version-construct}) with a fix that bumps the
 * apiVersion. Stateless and thread-safe.
 */
public final class OdcsSchemaChecker {

    private static final VersionedChecker CHECKER = new VersionedChecker(OdcsSchema.family(), OdcsSchema.current(),
            "apiVersion", OdcsSchema.supportedText());

    public List<Diagnostic> check(YamlDocument document) {
        return CHECKER.check(document);
    }

    /** The spec a document is checked against, or the current one when it declares none it knows. */
    public static Spec specFor(YamlDocument document) {
        return CHECKER.specFor(document);
    }
}
