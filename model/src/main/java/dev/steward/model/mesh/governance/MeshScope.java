package dev.steward.model.mesh.governance;

import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.mesh.org.Domain;
import dev.steward.model.validation.RuleOptions;
import dev.steward.model.validation.ValidationPolicy;

/**
 * Whether a rule applies to a data product under the workspace policy's {@code scope:} (domain ids).
 * A product names its domain by id or by the declared domain's name; both count.
 */
public final class MeshScope {
    private MeshScope() {
    }

    public static boolean covers(ValidationPolicy policy, String rule, MeshModel model, MeshProduct product) {
        RuleOptions options = policy.optionsOf(rule);
        if (options.scope().isEmpty()) {
            return true;
        }
        String id = model.organization().domain(product.domain()).map(Domain::id).orElse(product.domain());
        return options.covers(id) || options.covers(product.domain());
    }
}
