package dev.steward.model.contract.schema;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.yaml.YamlDocument;
import java.util.List;
import java.util.Optional;

/**
 * Checks documents of one standard against the version each declares under {@code versionKey}
 * (falling back to {@code fallback} when the key is absent, which is then reported).
 * Immutable and thread-safe.
 */
public record VersionedChecker(SpecFamily family, Spec fallback, String versionKey, String supported) {

    public List<Diagnostic> check(YamlDocument document) {
        if (document.root().isEmpty()) {
            return List.of();
        }
        Problems problems = new Problems(document, fallback.rulePrefix());
        Optional<DeclaredVersion> declared = DeclaredVersion.read(document.root().get(), versionKey, family, fallback,
                supported, problems);
        declared.ifPresent(d -> new SpecChecker(d.spec(), family, problems, d.node(), versionKey)
                .checkDocument(document.root().get()));
        return problems.all();
    }

    /** The spec a document is checked against: the declared one, else the fallback. */
    public Spec specFor(YamlDocument document) {
        return document.rootMapping().flatMap(m -> m.text(versionKey)).flatMap(family::find).orElse(fallback);
    }
}
