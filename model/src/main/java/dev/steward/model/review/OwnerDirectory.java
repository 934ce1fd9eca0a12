package dev.steward.model.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.steward.model.lineage.ImpactAnalysis;
import dev.steward.model.lineage.LineageGraph;
import dev.steward.model.lineage.LineageNode;
import dev.steward.model.lineage.NodeKind;
import dev.steward.model.mesh.MeshModel;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who to tell about a lineage node: a contract's ODCS {@code team} (its name, else its members) or
 * DCS {@code info.owner}; a data product's team; a dbt exposure's {@code owner} from the manifest;
 * for semantic models, metrics and saved queries, the owners of the contracts they are built on.
 * Reads each file once.
 */
final class OwnerDirectory {

    private final LineageGraph graph;
    private final Supplier<MeshModel> meshSource;
    private MeshModel mesh;
    private final Optional<Path> manifest;
    private final Map<Path, List<String>> contractOwners = new HashMap<>();
    private JsonNode exposures;

    /** {@code mesh} is read only when a data product's owners are asked for. */
    OwnerDirectory(LineageGraph graph, Supplier<MeshModel> mesh, Optional<Path> manifest) {
        this.graph = graph;
        this.meshSource = mesh;
        this.manifest = manifest;
    }

    List<String> owners(LineageNode node) {
        return switch (node.kind()) {
            case CONTRACT, SCHEMA_OBJECT, PROPERTY -> node.file().map(this::contractOwners).orElse(List.of());
            case DATA_PRODUCT, PORT -> productOwners(node);
            case EXPOSURE -> exposureOwners(node.id());
            case SEMANTIC_MODEL, METRIC, SAVED_QUERY -> upstreamContractOwners(node.id());
            default -> List.of();
        };
    }

    private List<String> productOwners(LineageNode node) {
        if (mesh == null) {
            mesh = meshSource.get();
        }
        Optional<MeshProduct> product = node.file().flatMap(mesh::productAt);
        return product.map(p -> p.team() == null || p.team().isBlank() ? List.<String>of() : List.of(p.team().strip()))
                .orElse(List.of());
    }

    private List<String> upstreamContractOwners(String id) {
        Set<String> out = new LinkedHashSet<>();
        for (ImpactAnalysis.Reached r : ImpactAnalysis.upstream(graph, id).reached()) {
            if (r.node().kind().category() == NodeKind.Category.CONTRACTS) {
                r.node().file().ifPresent(f -> out.addAll(contractOwners(f)));
            }
        }
        return List.copyOf(out);
    }

    private List<String> contractOwners(Path file) {
        return contractOwners.computeIfAbsent(file, f -> {
            try {
                Optional<YamlMapping> root = new YamlParser().parse(f, Files.readString(f)).rootMapping();
                return root.map(OwnerDirectory::teamOf).orElse(List.of());
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
    }

    /** ODCS v3.1 {@code team: {name, members}}, v3.0 {@code team: [members]}, DCS {@code info.owner}. */
    static List<String> teamOf(YamlMapping contract) {
        Set<String> out = new LinkedHashSet<>();
        Optional<YamlNode> team = contract.get("team");
        if (team.isPresent() && team.get() instanceof YamlMapping t) {
            t.text("name").ifPresentOrElse(out::add, () -> t.sequence("members").ifPresent(m -> members(m, out)));
        } else if (team.isPresent() && team.get() instanceof YamlSequence members) {
            members(members, out);
        } else if (team.isPresent() && team.get() instanceof YamlScalar name && !name.value().isBlank()) {
            out.add(name.value().strip());
        }
        contract.mapping("info").flatMap(i -> i.text("owner")).ifPresent(out::add);
        out.removeIf(String::isBlank);
        return List.copyOf(out);
    }

    private static void members(YamlSequence members, Set<String> out) {
        for (YamlNode m : members.items()) {
            if (m instanceof YamlMapping member) {
                member.text("username").or(() -> member.text("name")).or(() -> member.text("email")).ifPresent(out::add);
            }
        }
    }

    private List<String> exposureOwners(String id) {
        if (exposures == null) {
            exposures = readExposures();
        }
        JsonNode owner = exposures.path(id).path("owner");
        List<String> out = new ArrayList<>();
        String name = owner.path("name").asText("");
        String email = owner.path("email").asText("");
        if (!name.isBlank() && !email.isBlank()) {
            out.add(name + " <" + email + ">");
        } else if (!name.isBlank() || !email.isBlank()) {
            out.add(name.isBlank() ? email : name);
        }
        return out;
    }

    private JsonNode readExposures() {
        if (manifest.isEmpty() || !Files.isRegularFile(manifest.get())) {
            return new ObjectMapper().createObjectNode();
        }
        try {
            return new ObjectMapper().readTree(manifest.get().toFile()).path("exposures");
        } catch (IOException | RuntimeException e) {
            return new ObjectMapper().createObjectNode();
        }
    }
}
