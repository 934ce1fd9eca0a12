package dev.steward.model.semantic.ref;

import dev.steward.model.validation.ContractSummary;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code model: ref('x')} resolved to. Only contract objects and seeds tell their columns;
 * a manifest node's documented columns and a SQL file are not a reliable column list.
 */
public sealed interface ModelSource {

    String name();

    /** The columns when the source declares them all; empty when unknown (column checks are skipped). */
    default Optional<List<ModelColumn>> columns() {
        return Optional.empty();
    }

    /** Where the table is described, for messages ({@code orders in contracts/orders.yaml}). */
    String describe();

    /** A schema object of a data contract in the workspace. */
    record ContractObject(String name, ContractSummary contract, ContractSummary.SchemaSummary schema) implements ModelSource {
        @Override
        public Optional<List<ModelColumn>> columns() {
            return Optional.of(schema.properties().stream().filter(p -> !p.name().contains("."))
                    .map(p -> new ModelColumn(p.name(), Optional.ofNullable(p.logicalType()), p.primaryKey(), p.unique()))
                    .toList());
        }

        @Override
        public String describe() {
            return "schema object '" + name + "' of contract " + contract.path().getFileName();
        }
    }

    /** A {@code resource_type: model} node of {@code target/manifest.json}. */
    record ManifestModel(String name, Path manifest, String uniqueId) implements ModelSource {
        @Override
        public String describe() {
            return "dbt model " + uniqueId + " in " + manifest;
        }
    }

    /** A dbt seed CSV; its header gives the columns (untyped). */
    record Seed(String name, Path csv, List<String> header) implements ModelSource {
        public Seed {
            header = List.copyOf(header);
        }

        @Override
        public Optional<List<ModelColumn>> columns() {
            return Optional.of(header.stream().map(h -> new ModelColumn(h, Optional.empty(), false, false)).toList());
        }

        @Override
        public String describe() {
            return "seed " + csv.getFileName();
        }
    }

    /** A SQL model file {@code x.sql} under the model paths. */
    record SqlModel(String name, Path file) implements ModelSource {
        @Override
        public String describe() {
            return "SQL model " + file.getFileName();
        }
    }
}
