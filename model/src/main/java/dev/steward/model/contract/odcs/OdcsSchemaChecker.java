package dev.steward.model.contract.odcs;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.yaml.YamlDocument;
import java.util.List;

/** PLACEHOLDER until the structural checker lands: checks a document against the standard's structure. */
public final class OdcsSchemaChecker {
    public List<Diagnostic> check(YamlDocument document) {
        return List.of();
    }
}
