package dev.steward.model.query;

import dev.steward.model.semantic.SemanticProject;

/**
 * Compiles a {@link MetricQuery} to SQL the way MetricFlow does (research/semantic.md §3): joins along
 * entities onto primary/unique/natural keys only, up to two hops; ratio, derived (with offsets), cumulative
 * and conversion metrics; several metrics combined on their group-by keys.
 */
public final class MetricQueryCompiler {
    private final SemanticProject project;
    private final RelationResolver relations;
    private final SqlDialect dialect;

    public MetricQueryCompiler(SemanticProject project, RelationResolver relations, SqlDialect dialect) {
        this.project = project;
        this.relations = relations;
        this.dialect = dialect;
    }

    public CompiledQuery compile(MetricQuery query) throws QueryCompileException {
        throw new QueryCompileException(QueryProblem.of("metrics", "the query compiler is not built yet ("
                + project.metrics().size() + " metrics, " + dialect.id() + ", " + relations + ")"));
    }
}
