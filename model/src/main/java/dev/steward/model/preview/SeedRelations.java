package dev.steward.model.preview;

import dev.steward.model.query.RelationResolver;
import dev.steward.model.semantic.NodeRelation;
import dev.steward.model.semantic.SemanticModel;
import java.util.Optional;

/**
 * Semantic models resolved to the seed tables of a {@link SeedDatabase}: {@code model: ref('orders')}
 * (or a MetricFlow {@code node_relation} alias {@code orders}) reads table {@code "orders"}, loaded from
 * {@code seeds/orders.csv}.
 */
public final class SeedRelations implements RelationResolver {
    private final SeedLoad seeds;
    private final TimeSpineRelation timeSpine;

    public SeedRelations(SeedLoad seeds, TimeSpineRelation timeSpine) {
        this.seeds = seeds;
        this.timeSpine = timeSpine;
    }

    /** The table name a model reads: its {@code ref()} target, else its {@code node_relation} alias. */
    public static Optional<String> tableName(SemanticModel model) {
        return model.model().or(() -> model.nodeRelation().flatMap(NodeRelation::alias));
    }

    @Override
    public Optional<String> relation(SemanticModel model) {
        return tableName(model).filter(t -> seeds.table(t).isPresent()).map(SeedTableLoader::quote);
    }

    @Override
    public TimeSpineRelation timeSpine() {
        return timeSpine;
    }

    @Override
    public String toString() {
        return "seed tables " + seeds.tables().stream().map(SeedLoad.SeedTable::name).toList();
    }
}
