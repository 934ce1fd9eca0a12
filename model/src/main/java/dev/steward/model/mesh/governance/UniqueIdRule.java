package dev.steward.model.mesh.governance;

import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshProduct;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code mesh-duplicate-product}: two files declaring the same data product id. Consumers, usage
 * agreements and DPS source-system links name products by id, so the mesh cannot tell which one they
 * mean. Reported at the id of every file that shares it.
 */
final class UniqueIdRule {

    private UniqueIdRule() {
    }

    static void check(MeshModel model, MeshFindings findings) {
        if (!findings.enabled(MeshRules.DUPLICATE_PRODUCT)) {
            return;
        }
        Map<String, List<MeshProduct>> byId = new LinkedHashMap<>();
        for (MeshProduct p : model.products()) {
            if (p.id() != null && !p.id().isBlank()) {
                byId.computeIfAbsent(p.id(), k -> new ArrayList<>()).add(p);
            }
        }
        for (List<MeshProduct> same : byId.values()) {
            if (same.size() < 2) {
                continue;
            }
            for (MeshProduct p : same) {
                String others = same.stream().filter(o -> o != p).map(o -> String.valueOf(o.path()))
                        .collect(Collectors.joining(", "));
                findings.add(MeshRules.DUPLICATE_PRODUCT, p, p.at("id"), "Data product id '" + p.id()
                        + "' is also declared in " + others + "; ids must be unique in the workspace, since ports,"
                        + " agreements and dependencies name products by id");
            }
        }
    }
}
