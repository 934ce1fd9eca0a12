package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * An ODCS data contract (v3.0.0 to the v3.2.0 draft) as immutable records. Read one with
 * {@link DataContractReader#read}. {@code contractCreatedTs} is kept as written.
 */
public record DataContract(String apiVersion, String kind, String id, String name, String version, String status,
        String tenant, String domain, String dataProduct, List<String> tags, String contractCreatedTs,
        Description description, List<SchemaObject> schema, List<Server> servers, Team team, List<Role> roles,
        List<SupportChannel> support, Price price, String slaDefaultElement, List<SlaProperty> slaProperties,
        List<AuthoritativeDefinition> authoritativeDefinitions, List<CustomProperty> customProperties,
        Context context, Map<String, YamlNode> extensions, SourceRange range) {

    public DataContract {
        tags = List.copyOf(tags);
        schema = List.copyOf(schema);
        servers = List.copyOf(servers);
        roles = List.copyOf(roles);
        support = List.copyOf(support);
        slaProperties = List.copyOf(slaProperties);
        authoritativeDefinitions = List.copyOf(authoritativeDefinitions);
        customProperties = List.copyOf(customProperties);
        extensions = OrderedMaps.copyOf(extensions);
    }

    /** The schema object with this key ({@link SchemaObject#key()}), if any. */
    public java.util.Optional<SchemaObject> schemaObject(String key) {
        return schema.stream().filter(o -> key.equals(o.key())).findFirst();
    }
}
