package dev.steward.model.mesh;

import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.yaml.SourceRange;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A data product as the mesh sees it, whatever standard its file follows: identity, domain, owning
 * team (ODPS {@code team.name}, DPS {@code info.owner}), status and ports. {@code positions} holds the
 * ranges of the values rules point at: {@code id}, {@code domain}, {@code team}, {@code status}.
 */
public record MeshProduct(Path path, ProductStandard standard, String id, String name, String domain, String team,
                          String status, List<MeshPort> inputPorts, List<MeshPort> outputPorts,
                          Map<String, SourceRange> positions, SourceRange range) {

    public MeshProduct {
        inputPorts = List.copyOf(inputPorts);
        outputPorts = List.copyOf(outputPorts);
        positions = Map.copyOf(positions);
    }

    /** The range of the value of {@code field} ({@code id}, {@code domain}, {@code team}, {@code status}), else the whole file. */
    public SourceRange at(String field) {
        return positions.getOrDefault(field, range);
    }

    /** The name when present, else the id: how messages call the product. */
    public String label() {
        return name != null ? name : id != null ? id : String.valueOf(path.getFileName());
    }

    /** Deprecated or retired: consumers should move away. */
    public boolean endOfLife() {
        return MeshContract.isEndOfLife(status);
    }

    /** The domain in lower case for comparisons; null when the product names none. */
    public String domainKey() {
        return domain == null || domain.isBlank() ? null : domain.strip().toLowerCase(Locale.ROOT);
    }
}
