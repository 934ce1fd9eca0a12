package dev.steward.model.query;

import dev.steward.model.semantic.SemanticModel;
import java.util.Optional;

/**
 * Where the rows live: the SQL relation (table or view, schema-qualified when needed) a semantic model reads,
 * and the daily time spine. The preview resolves models to seed tables in H2; the MetricFlow golden tests to
 * the loaded table snapshots; {@code steward query --jdbc} to the warehouse names.
 */
public interface RelationResolver {

    /** The relation for {@code model}, or empty when there is none (the compiler reports it by model name). */
    Optional<String> relation(SemanticModel model);

    /** The daily time spine: a relation with one row per day in {@code dayColumn}. */
    TimeSpineRelation timeSpine();

    record TimeSpineRelation(String relation, String dayColumn) {
    }
}
