package dev.steward.model.contract.odcs;

import dev.steward.model.contract.schema.DeclaredVersion;
import dev.steward.model.contract.schema.Problems;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.SpecChecker;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.yaml.YamlDocument;
import java.util.List;
import java.util.Optional;

/**
 * Checks an ODCS document against the structure of the apiVersion it declares. A construct of a
 * later version is reported as such (rule {@code odcs-version-construct}) with a fix that bumps the
 * apiVersion. Stateless and thread-safe.
 */
public final class OdcsSchemaChecker {

    public List<Diagnostic> check(YamlDocument document) {
        if (document.root().isEmpty()) {
            return List.of();
        }
        Problems problems = new Problems(document, "odcs");
        Optional<DeclaredVersion> declared = DeclaredVersion.read(document.root().get(), "apiVersion",
                OdcsSchema.family(), OdcsSchema.current(), OdcsSchema.supportedText(), problems);
        declared.ifPresent(d -> new SpecChecker(d.spec(), OdcsSchema.family(), problems, d.node(), "apiVersion")
                .checkDocument(document.root().get()));
        return problems.all();
    }

    /** The spec a document is checked against, or the current one when it declares none it knows. */
    public static Spec specFor(YamlDocument document) {
        return document.rootMapping().flatMap(m -> m.text("apiVersion")).flatMap(OdcsSchema::forVersion)
                .orElse(OdcsSchema.current());
    }
}
