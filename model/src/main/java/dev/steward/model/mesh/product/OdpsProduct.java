package dev.steward.model.mesh.product;

import dev.steward.model.contract.odcs.model.AuthoritativeDefinition;
import dev.steward.model.contract.odcs.model.CustomProperty;
import dev.steward.model.contract.odcs.model.Description;
import dev.steward.model.contract.odcs.model.SupportChannel;
import dev.steward.model.contract.odcs.model.Team;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Bitol Open Data Product Standard data product (v0.9.0 or v1.0.0). {@code team} is the v1.0.0
 * object, or the v0.9.0 list of members ({@link Team#listForm()}). Read one with {@link OdpsReader}.
 */
public record OdpsProduct(String apiVersion, String kind, String id, String name, String version, String status,
        String domain, String tenant, Description description, List<String> tags, List<CustomProperty> customProperties,
        List<AuthoritativeDefinition> authoritativeDefinitions, List<InputPort> inputPorts,
        List<OutputPort> outputPorts, List<ManagementPort> managementPorts, List<SupportChannel> support, Team team,
        String productCreatedTs, Map<String, YamlNode> extensions, SourceRange range) {

    public OdpsProduct {
        tags = List.copyOf(tags);
        customProperties = List.copyOf(customProperties);
        authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
        inputPorts = List.copyOf(inputPorts);
        outputPorts = List.copyOf(outputPorts);
        managementPorts = List.copyOf(managementPorts);
        support = List.copyOf(support);
        extensions = ordered(extensions);
    }

    /** An input port ("expectation"): the contract it consumes. Key: name + version. */
    public record InputPort(String name, String version, String contractId, List<String> tags,
            List<CustomProperty> customProperties, List<AuthoritativeDefinition> authoritativeDefinitions,
            Map<String, YamlNode> extensions, SourceRange range) {
        public InputPort {
            tags = List.copyOf(tags);
            customProperties = List.copyOf(customProperties);
            authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
            extensions = ordered(extensions);
        }
    }

    /** An output port ("promise"): the contract it implements and the contracts it is built from. */
    public record OutputPort(String name, String description, String type, String version, String contractId,
            List<Sbom> sbom, List<InputContract> inputContracts, List<String> tags,
            List<CustomProperty> customProperties, List<AuthoritativeDefinition> authoritativeDefinitions,
            Map<String, YamlNode> extensions, SourceRange range) {
        public OutputPort {
            sbom = List.copyOf(sbom);
            inputContracts = List.copyOf(inputContracts);
            tags = List.copyOf(tags);
            customProperties = List.copyOf(customProperties);
            authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
            extensions = ordered(extensions);
        }
    }

    /** A software bill of materials of an output port. */
    public record Sbom(String type, String url, Map<String, YamlNode> extensions, SourceRange range) {
        public Sbom {
            extensions = ordered(extensions);
        }
    }

    /** A contract an output port is built from (per-port lineage). */
    public record InputContract(String id, String version, Map<String, YamlNode> extensions, SourceRange range) {
        public InputContract {
            extensions = ordered(extensions);
        }
    }

    /** An access point for managing the product (discoverability, observability, control...). */
    public record ManagementPort(String name, String content, String type, String url, String channel,
            String description, List<String> tags, List<CustomProperty> customProperties,
            List<AuthoritativeDefinition> authoritativeDefinitions, Map<String, YamlNode> extensions,
            SourceRange range) {
        public ManagementPort {
            tags = List.copyOf(tags);
            customProperties = List.copyOf(customProperties);
            authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
            extensions = ordered(extensions);
        }
    }

    static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
