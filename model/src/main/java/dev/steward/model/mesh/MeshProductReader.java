package dev.steward.model.mesh;

import dev.steward.model.contract.odcs.model.CustomProperty;
import dev.steward.model.mesh.product.DpsProduct;
import dev.steward.model.mesh.product.DpsReader;
import dev.steward.model.mesh.product.OdpsProduct;
import dev.steward.model.mesh.product.OdpsReader;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads a data product file of either standard into a {@link MeshProduct}: the typed record gives
 * the values, the YAML tree the ranges of the values rules point at. An ODPS output port counts as
 * holding personal data when it is tagged {@code pii} or has a custom property {@code containsPii}
 * or {@code pii} set to true (ODPS has no dedicated key); a DPS port when {@code containsPii: true}.
 */
public final class MeshProductReader {

    private static final Set<String> PII_PROPERTIES = Set.of("containspii", "pii");

    private MeshProductReader() {
    }

    public static Optional<MeshProduct> read(YamlDocument document, ProductStandard standard) {
        Optional<YamlMapping> root = document.rootMapping();
        if (root.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(standard == ProductStandard.ODPS ? odps(document, root.get()) : dps(document, root.get()));
    }

    private static MeshProduct odps(YamlDocument document, YamlMapping root) {
        OdpsProduct p = OdpsReader.read(root);
        List<MeshPort> inputs = ports(p.inputPorts(), root, "inputPorts", (in, node) -> new MeshPort(in.name(),
                in.version(), in.contractId(), null, false, List.of(), in.range(), valueRange(node, "contractId")));
        List<MeshPort> outputs = ports(p.outputPorts(), root, "outputPorts", (out, node) -> new MeshPort(out.name(),
                out.version(), out.contractId(), null, odpsPii(out), out.inputContracts().stream()
                        .map(OdpsProduct.InputContract::id).filter(id -> id != null).toList(), out.range(),
                valueRange(node, "contractId")));
        Map<String, SourceRange> positions = new HashMap<>();
        position(root, "id", positions, "id");
        position(root, "domain", positions, "domain");
        position(root, "status", positions, "status");
        root.mapping("team").ifPresentOrElse(t -> position(t, "name", positions, "team"),
                () -> position(root, "team", positions, "team"));
        String team = p.team() == null ? null : p.team().name();
        return new MeshProduct(document.path(), ProductStandard.ODPS, p.id(), p.name(), p.domain(), team, p.status(),
                inputs, outputs, positions, root.range());
    }

    private static MeshProduct dps(YamlDocument document, YamlMapping root) {
        DpsProduct p = DpsReader.read(root);
        List<MeshPort> inputs = ports(p.inputPorts(), root, "inputPorts", (in, node) -> new MeshPort(
                in.name() != null ? in.name() : in.id(), null, null, in.sourceSystemId(), false, List.of(), in.range(),
                valueRange(node, "sourceSystemId")));
        List<MeshPort> outputs = ports(p.outputPorts(), root, "outputPorts", (out, node) -> new MeshPort(
                out.id() != null ? out.id() : out.name(), null, out.dataContractId(), null,
                Boolean.TRUE.equals(out.containsPii()), List.of(), out.range(), valueRange(node, "dataContractId")));
        Map<String, SourceRange> positions = new HashMap<>();
        position(root, "id", positions, "id");
        DpsProduct.Info info = p.info();
        root.mapping("info").ifPresent(m -> {
            position(m, "domain", positions, "domain");
            position(m, "owner", positions, "team");
            position(m, "status", positions, "status");
        });
        return new MeshProduct(document.path(), ProductStandard.DPS, p.id(), info == null ? null : info.title(),
                info == null ? null : info.domain(), info == null ? null : info.owner(),
                info == null ? null : info.status(), inputs, outputs, positions, root.range());
    }

    /** Each typed port with its YAML mapping (the typed readers read the mapping items of the list, in order). */
    private static <T> List<MeshPort> ports(List<T> typed, YamlMapping root, String key,
                                            BiFunction<T, YamlMapping, MeshPort> port) {
        List<YamlMapping> nodes = mappings(root, key);
        List<MeshPort> out = new ArrayList<>(typed.size());
        for (int i = 0; i < typed.size(); i++) {
            out.add(port.apply(typed.get(i), nodes.get(i)));
        }
        return out;
    }

    private static boolean odpsPii(OdpsProduct.OutputPort out) {
        return out.tags().stream().anyMatch(t -> t.equalsIgnoreCase("pii"))
                || out.customProperties().stream().anyMatch(MeshProductReader::piiFlag);
    }

    private static boolean piiFlag(CustomProperty c) {
        return c.property() != null && PII_PROPERTIES.contains(c.property().toLowerCase(Locale.ROOT))
                && c.value() instanceof YamlScalar s && s.isBoolean() && s.asBoolean();
    }

    /** The mapping items of the list at {@code key}, parallel to what the typed readers read. */
    private static List<YamlMapping> mappings(YamlMapping root, String key) {
        return root.sequence(key).map(s -> s.items().stream().filter(YamlMapping.class::isInstance)
                .map(YamlMapping.class::cast).toList()).orElse(List.of());
    }

    /**
     * The range of the value of {@code key}; its key when the value is empty; when the key is absent,
     * the first key of the mapping (a port's "- name"), so a marker stays small.
     */
    static SourceRange valueRange(YamlMapping m, String key) {
        return m.entry(key).map(e -> {
            YamlNode v = e.value();
            return v.range().length() > 0 ? v.range() : e.key().range();
        }).orElse(m.entries().isEmpty() ? m.range() : m.entries().getFirst().key().range());
    }

    private static void position(YamlMapping m, String key, Map<String, SourceRange> positions, String as) {
        if (m.has(key)) {
            positions.put(as, valueRange(m, key));
        }
    }
}
