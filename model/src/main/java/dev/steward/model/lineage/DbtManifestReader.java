package dev.steward.model.lineage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a dbt {@code manifest.json} with Jackson's streaming parser, keeping only identities,
 * relation names and {@code depends_on.nodes}: SQL, columns, macros and docs are skipped without
 * being built, so a manifest of many megabytes costs little memory. Stateless and thread-safe.
 */
public final class DbtManifestReader {

    /** The top-level maps whose entries are graph resources (dbt's own {@code parent_map} covers the same). */
    static final Set<String> RESOURCE_SECTIONS = Set.of("nodes", "sources", "exposures", "metrics",
            "semantic_models", "saved_queries", "unit_tests", "functions");

    private static final JsonFactory JSON = JsonFactory.builder().build();

    /** The outcome of a read: the manifest, or a sentence saying why there is none. */
    public sealed interface Result {
        record Read(DbtManifest manifest) implements Result {
        }

        record Failed(LineageProblem problem) implements Result {
        }
    }

    public Result read(Path file) {
        try (InputStream in = Files.newInputStream(file); JsonParser p = JSON.createParser(in)) {
            return read(file, p);
        } catch (NoSuchFileException e) {
            return fail(file, "no such file");
        } catch (JsonProcessingException e) {
            return fail(file, "not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            return fail(file, "cannot read: " + e.getMessage());
        }
    }

    private static Result read(Path file, JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return fail(file, "not a dbt manifest: expected a JSON object with 'metadata' and 'nodes'");
        }
        Optional<String> version = Optional.empty();
        boolean sawNodes = false;
        List<DbtManifest.Resource> resources = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String section = p.currentName();
            JsonToken value = p.nextToken();
            if (section.equals("metadata") && value == JsonToken.START_OBJECT) {
                version = readSchemaVersion(p);
            } else if (RESOURCE_SECTIONS.contains(section) && value == JsonToken.START_OBJECT) {
                sawNodes |= section.equals("nodes");
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String uniqueId = p.currentName();
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        resources.add(readResource(uniqueId, p));
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        if (!sawNodes) {
            return fail(file, "not a dbt manifest: no 'nodes' object (is this a catalog.json or run_results.json?)");
        }
        return new Result.Read(new DbtManifest(file, version, resources));
    }

    private static Optional<String> readSchemaVersion(JsonParser p) throws IOException {
        Optional<String> version = Optional.empty();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (key.equals("dbt_schema_version") && value == JsonToken.VALUE_STRING) {
                version = Optional.of(p.getText());
            } else {
                p.skipChildren();
            }
        }
        return version;
    }

    private static DbtManifest.Resource readResource(String uniqueId, JsonParser p) throws IOException {
        String resourceType = null;
        String name = null;
        String sourceName = null;
        String version = null;
        String latestVersion = null;
        String database = null;
        String schema = null;
        String alias = null;
        String identifier = null;
        String relationName = null;
        List<String> dependsOn = List.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT && key.equals("depends_on")) {
                dependsOn = readDependsOn(p);
                continue;
            }
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                p.skipChildren();
                continue;
            }
            String text = value.isScalarValue() && value != JsonToken.VALUE_NULL ? p.getText() : null;
            switch (key) {
                case "resource_type" -> resourceType = text;
                case "name" -> name = text;
                case "source_name" -> sourceName = text;
                case "version" -> version = text;
                case "latest_version" -> latestVersion = text;
                case "database" -> database = text;
                case "schema" -> schema = text;
                case "alias" -> alias = text;
                case "identifier" -> identifier = text;
                case "relation_name" -> relationName = text;
                default -> {
                    // not needed for lineage
                }
            }
        }
        if (resourceType == null) {
            int dot = uniqueId.indexOf('.');
            resourceType = dot > 0 ? uniqueId.substring(0, dot) : "unknown";
        }
        if (name == null) {
            name = uniqueId.substring(uniqueId.lastIndexOf('.') + 1);
        }
        boolean source = resourceType.equals("source");
        String table = source ? (identifier != null ? identifier : name) : (alias != null ? alias : name);
        boolean relational = switch (resourceType) {
            case "model", "seed", "snapshot", "source" -> true;
            default -> false;
        };
        return new DbtManifest.Resource(uniqueId, resourceType, name, Optional.ofNullable(source ? sourceName : null),
                Optional.ofNullable(resourceType.equals("model") ? version : null),
                Optional.ofNullable(resourceType.equals("model") ? latestVersion : null), Optional.ofNullable(database), Optional.ofNullable(schema),
                relational ? Optional.of(table) : Optional.empty(), Optional.ofNullable(relationName), dependsOn);
    }

    private static List<String> readDependsOn(JsonParser p) throws IOException {
        List<String> nodes = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (key.equals("nodes") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() == JsonToken.VALUE_STRING) {
                        nodes.add(p.getText());
                    } else {
                        p.skipChildren();
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        return nodes;
    }

    private static Result fail(Path file, String message) {
        return new Result.Failed(LineageProblem.of(file, message));
    }
}
