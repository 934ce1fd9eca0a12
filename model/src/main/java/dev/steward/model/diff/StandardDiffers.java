package dev.steward.model.diff;

import dev.steward.model.diff.contract.ContractDiffer;
import dev.steward.model.diff.product.DataProductDiffer;
import dev.steward.model.diff.semantic.SemanticLayerDiffer;
import java.util.List;

/** The differs of every artifact kind. A new kind adds its differ here, in one line. */
final class StandardDiffers {

    private StandardDiffers() {
    }

    static List<ArtifactDiffer> all() {
        return List.of(
                new ContractDiffer(),
                new SemanticLayerDiffer(),
                new DataProductDiffer()
        );
    }
}
