package dev.steward.model.mesh;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.validation.ArtifactValidator;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlDocument;
import java.util.List;
import java.util.Optional;

/**
 * Validates a data product file through {@link DataProductLinter}: its structure against the
 * standard it declares, then the mesh rules that concern it, against the mesh of the workspace
 * ({@link dev.steward.model.validation.WorkspaceIndex#mesh()}). Stateless and thread-safe.
 */
public final class DataProductValidator implements ArtifactValidator {

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.DATA_PRODUCT;
    }

    @Override
    public List<Diagnostic> validate(YamlDocument document, ValidationContext context) {
        Optional<ProductStandard> standard = ProductStandard.detect(document.text());
        if (standard.isEmpty() || document.hasErrors()) {
            return List.of(); // the syntax errors are reported by the caller; nothing more until they are fixed
        }
        return DataProductLinter.lint(document, standard.get(), context.index().mesh().model(), context.policy());
    }
}
