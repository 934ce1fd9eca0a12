package dev.steward.model.lineage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What lineage needs of a dbt {@code manifest.json} (any schema version, v1 to v12 and Fusion's
 * v20): every resource with its dependencies. Read with {@link DbtManifestReader}.
 */
public record DbtManifest(Path file, Optional<String> schemaVersion, List<Resource> resources) {

    public DbtManifest {
        resources = List.copyOf(resources);
    }

    /**
     * One resource of {@code nodes}, {@code sources}, {@code exposures}, {@code metrics},
     * {@code semantic_models}, {@code saved_queries}, {@code unit_tests} or {@code functions}.
     * {@code identifier} is the relation's table name ({@code alias} for nodes, {@code identifier}
     * for sources); absent parts are empty.
     */
    public record Resource(String uniqueId, String resourceType, String name, Optional<String> sourceName,
                           Optional<String> version, Optional<String> latestVersion, Optional<String> database, Optional<String> schema,
                           Optional<String> identifier, Optional<String> relationName, List<String> dependsOn) {

        public Resource {
            dependsOn = List.copyOf(dependsOn);
        }

        /** Whether {@code ref('name')} without a version means this resource: unversioned, or the latest version. */
        public boolean isLatest() {
            return version.isEmpty() || latestVersion.isEmpty() || version.equals(latestVersion);
        }

        /** What a person reads: {@code source.table} for sources, {@code name.v2} for versioned models, else the name. */
        public String displayName() {
            if (sourceName.isPresent()) {
                return sourceName.get() + "." + name;
            }
            return version.map(v -> name + ".v" + v).orElse(name);
        }
    }

    /** The manifest's schema version number (12 for {@code .../manifest/v12.json}), when it says. */
    public Optional<Integer> schemaVersionNumber() {
        return schemaVersion.flatMap(url -> {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("/v(\\d+)(\\.json)?$").matcher(url);
            return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
        });
    }
}
