package dev.steward.model.validation;

import dev.steward.model.artifact.ArtifactKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What other files need to know about one contract: its identity and the names (and stable ids)
 * of its schema objects and properties. Built from a parsed file; immutable.
 */
public record ContractSummary(Path path, ArtifactKind kind, String id, String name, String version,
                              List<SchemaSummary> schemas) {

    public ContractSummary {
        schemas = List.copyOf(schemas);
    }

    /** One schema object (ODCS) or model (DCS). {@code properties} are dotted paths for nested ones. */
    public record SchemaSummary(String name, String id, List<PropertySummary> properties) {
        public SchemaSummary {
            properties = List.copyOf(properties);
        }

        public Optional<PropertySummary> property(String dottedName) {
            return properties.stream().filter(p -> p.name().equals(dottedName)).findFirst();
        }

        public Optional<PropertySummary> propertyById(String propertyId) {
            return properties.stream().filter(p -> propertyId.equals(p.id())).findFirst();
        }
    }

    /**
     * One property, {@code name} dotted for nested properties (e.g. {@code address.city});
     * {@code primaryKey} and {@code unique} as the contract declares them.
     */
    public record PropertySummary(String name, String id, String logicalType, boolean primaryKey, boolean unique) {
        public PropertySummary(String name, String id, String logicalType) {
            this(name, id, logicalType, false, false);
        }
    }

    public Optional<SchemaSummary> schema(String schemaName) {
        return schemas.stream().filter(s -> s.name().equals(schemaName)).findFirst();
    }

    public Optional<SchemaSummary> schemaById(String schemaId) {
        return schemas.stream().filter(s -> schemaId.equals(s.id())).findFirst();
    }
}
