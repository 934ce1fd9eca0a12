package dev.steward.model.validation;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.yaml.YamlDocument;
import java.util.List;
import java.util.Optional;

/**
 * Validates one kind of artifact. Implementations are stateless and thread-safe; they never see
 * syntax errors (the caller reports those) and must not throw on odd input.
 */
public interface ArtifactValidator {

    ArtifactKind kind();

    /** Problems in {@code document}; cross-file checks consult {@code context}. */
    List<Diagnostic> validate(YamlDocument document, ValidationContext context);

    /**
     * True when the artifact may hold several YAML documents ({@code ---}) and the validator reads
     * them all: the parser's "only the first document is read" warning does not apply, and the
     * validator runs even when the first document does not parse.
     */
    default boolean readsAllDocuments() {
        return false;
    }

    /** Identity and schema names of the contract, for the workspace index; empty for other kinds. */
    default Optional<ContractSummary> summarize(YamlDocument document) {
        return Optional.empty();
    }
}
