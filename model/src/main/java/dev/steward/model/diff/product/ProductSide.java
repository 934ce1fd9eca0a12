package dev.steward.model.diff.product;

import dev.steward.model.diff.YamlValueText;
import dev.steward.model.mesh.MeshPort;
import dev.steward.model.mesh.MeshProduct;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One revision of a data product file as the differ reads it: the mesh view of the product
 * ({@link MeshProduct}: id, team, domain, status, ports with their contract and PII flag, the same
 * for ODPS and DPS) and the YAML mappings the values are written in. DPS keeps name, owner, domain,
 * status and description under {@code info}; {@link #value} and {@link #at} look there too.
 */
record ProductSide(MeshProduct product, YamlMapping root, List<Port> inputs, List<Port> outputs) {

    static ProductSide of(MeshProduct product, YamlMapping root) {
        return new ProductSide(product, root, ports(product.inputPorts(), root, "inputPorts", true),
                ports(product.outputPorts(), root, "outputPorts", false));
    }

    ProductStandard standard() {
        return product.standard();
    }

    /** The value of a root key (or of a DPS {@code info} key) as one line of text. */
    Optional<String> value(String key) {
        return node(key).filter(n -> !n.isNull()).map(YamlValueText::of);
    }

    /** Where {@code key}'s value is written, else the product's mapping. */
    SourceRange at(String key) {
        return node(key).map(YamlNode::range).filter(r -> r.length() > 0).orElse(root.range());
    }

    private Optional<YamlNode> node(String key) {
        return root.get(key).or(() -> root.mapping("info").flatMap(info -> info.get(key)));
    }

    /** A port with the mapping it is written in. */
    record Port(MeshPort mesh, YamlMapping node, boolean input) {
        String name() {
            return mesh.name() == null ? "(unnamed)" : mesh.name();
        }

        /** Name and version: ODPS tells versions of one port apart by it. */
        String nameAndVersion() {
            return name() + "@" + (mesh.version() == null ? "" : mesh.version());
        }

        Optional<String> value(String key) {
            return node.get(key).filter(n -> !n.isNull()).map(YamlValueText::of);
        }

        SourceRange at(String key) {
            return node.get(key).map(YamlNode::range).filter(r -> r.length() > 0).orElse(node.range());
        }
    }

    /** Each mesh port with the mapping of the same range (the readers keep a port's mapping range). */
    private static List<Port> ports(List<MeshPort> ports, YamlMapping root, String key, boolean input) {
        List<YamlMapping> nodes = root.sequence(key).map(s -> s.items().stream()
                .filter(YamlMapping.class::isInstance).map(YamlMapping.class::cast).toList()).orElse(List.of());
        List<Port> out = new ArrayList<>(ports.size());
        for (MeshPort port : ports) {
            nodes.stream().filter(n -> n.range().equals(port.range())).findFirst()
                    .ifPresent(node -> out.add(new Port(port, node, input)));
        }
        return out;
    }
}
