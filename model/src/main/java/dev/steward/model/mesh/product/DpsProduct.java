package dev.steward.model.mesh.product;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * A Data Product Specification 0.0.1 data product (datamesh-architecture / Data Mesh Manager).
 * {@code dataProductSpecification} is null when the file does not declare it (the Data Mesh
 * Manager GitOps files often do not). Read one with {@link DpsReader}.
 */
public record DpsProduct(String dataProductSpecification, String id, Info info, List<InputPort> inputPorts,
        List<OutputPort> outputPorts, Map<String, String> links, Map<String, String> custom, List<String> tags,
        Map<String, YamlNode> extensions, SourceRange range) {

    public DpsProduct {
        inputPorts = List.copyOf(inputPorts);
        outputPorts = List.copyOf(outputPorts);
        links = OdpsProduct.ordered(links);
        custom = OdpsProduct.ordered(custom);
        tags = List.copyOf(tags);
        extensions = OdpsProduct.ordered(extensions);
    }

    /** The info block: {@code owner} is the technical id of the owning team. */
    public record Info(String title, String owner, String domain, String description, String status,
            String archetype, String maturity, Map<String, YamlNode> extensions, SourceRange range) {
        public Info {
            extensions = OdpsProduct.ordered(extensions);
        }
    }

    /** An input port: it points at a source system, not at another product. */
    public record InputPort(String id, String name, String description, String sourceSystemId, String type,
            String location, Map<String, String> links, Map<String, String> custom, List<String> tags,
            Map<String, YamlNode> extensions, SourceRange range) {
        public InputPort {
            links = OdpsProduct.ordered(links);
            custom = OdpsProduct.ordered(custom);
            tags = List.copyOf(tags);
            extensions = OdpsProduct.ordered(extensions);
        }
    }

    /** An output port: the data contract it implements, where it lives, and whether it holds PII. */
    public record OutputPort(String id, String name, String description, String type, String status,
            String location, Map<String, String> server, Map<String, String> links, Map<String, String> custom,
            Boolean containsPii, Boolean autoApprove, String dataContractId, List<String> tags,
            Map<String, YamlNode> extensions, SourceRange range) {
        public OutputPort {
            server = OdpsProduct.ordered(server);
            links = OdpsProduct.ordered(links);
            custom = OdpsProduct.ordered(custom);
            tags = List.copyOf(tags);
            extensions = OdpsProduct.ordered(extensions);
        }
    }
}
