package dev.steward.model.contract.dcs;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.validation.ArtifactValidator;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlDocument;
import java.util.List;

/** PLACEHOLDER: replaced by the DCS validator. */
public final class DcsValidator implements ArtifactValidator {
    @Override
    public ArtifactKind kind() {
        return ArtifactKind.DCS;
    }

    @Override
    public List<Diagnostic> validate(YamlDocument document, ValidationContext context) {
        return List.of();
    }
}
