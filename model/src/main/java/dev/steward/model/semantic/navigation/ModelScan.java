package dev.steward.model.semantic.navigation;

import static dev.steward.model.semantic.navigation.FileScan.facts;
import static dev.steward.model.semantic.navigation.FileScan.mappings;
import static dev.steward.model.semantic.navigation.FileScan.scalar;

import dev.steward.model.semantic.navigation.PendingReference.Expect;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The definitions of semantic models, written in the legacy spec / MetricFlow-native
 * ({@code semantic_models[]}, {@code semantic_model:}) or in the latest spec (a {@code models[]}
 * entry with {@code semantic_model:}, entities and dimensions on its columns), with the references
 * inside them ({@code agg_time_dimension}, {@code non_additive_dimension}, {@code window_groupings}).
 */
final class ModelScan {
    private final FileScan scan;

    ModelScan(FileScan scan) {
        this.scan = scan;
    }

    /** A legacy or MetricFlow-native semantic model mapping. */
    void semanticModel(YamlMapping m) {
        Optional<YamlScalar> name = scalar(m, "name");
        if (name.isEmpty()) {
            return;
        }
        String model = name.get().value();
        scan.define(SymbolKey.of(SymbolKind.SEMANTIC_MODEL, model), "", name.get(), true,
                facts(m, "model", "label"), text(m, "description"));
        m.mapping("defaults").flatMap(d -> d.get("agg_time_dimension"))
                .ifPresent(n -> scan.reference(Expect.DIMENSION_OF_MODEL, model, n));
        primaryEntity(m, model);
        for (YamlMapping e : mappings(m, "entities")) {
            entity(e, model, scalar(e, "name"), true, Optional.empty(), Optional.empty());
        }
        for (YamlMapping d : mappings(m, "dimensions")) {
            dimension(d, model, scalar(d, "name"), true, Optional.empty(), Optional.empty(), Optional.empty());
        }
        for (YamlMapping measure : mappings(m, "measures")) {
            measure(measure, model);
        }
    }

    /** A latest-spec {@code models[]} entry: its semantic model, if enabled, and the metrics under it. */
    void latestModel(YamlMapping entry, MetricScan metrics) {
        Optional<YamlScalar> entryName = scalar(entry, "name");
        if (entryName.isEmpty()) {
            return;
        }
        Optional<YamlNode> config = entry.get("semantic_model");
        Optional<YamlScalar> configName = config.filter(YamlMapping.class::isInstance)
                .flatMap(c -> scalar((YamlMapping) c, "name"));
        String model = configName.orElse(entryName.get()).value();
        if (config.isPresent() && enabled(config.get())) {
            scan.define(SymbolKey.of(SymbolKind.SEMANTIC_MODEL, model), "", configName.orElse(entryName.get()),
                    configName.isPresent(), List.of("model: " + entryName.get().value()), text(entry, "description"));
            entry.get("agg_time_dimension").ifPresent(n -> scan.reference(Expect.DIMENSION_OF_MODEL, model, n));
            primaryEntity(entry, model);
            for (YamlMapping column : mappings(entry, "columns")) {
                column(column, model);
            }
            entry.mapping("derived_semantics").ifPresent(derived -> {
                mappings(derived, "entities").forEach(e -> entity(e, model, scalar(e, "name"), true, Optional.empty(), Optional.empty()));
                mappings(derived, "dimensions").forEach(d -> dimension(d, model, scalar(d, "name"), true, Optional.empty(), Optional.empty(), Optional.empty()));
            });
        }
        for (YamlMapping metric : mappings(entry, "metrics")) {
            metrics.metric(metric, model);
        }
    }

    private static boolean enabled(YamlNode config) {
        if (config instanceof YamlScalar s) {
            return s.isBoolean() && s.asBoolean();
        }
        return config instanceof YamlMapping m
                && !(m.get("enabled").orElse(null) instanceof YamlScalar e && e.isBoolean() && !e.asBoolean());
    }

    private void column(YamlMapping column, String model) {
        Optional<YamlScalar> columnName = scalar(column, "name");
        if (columnName.isEmpty()) {
            return;
        }
        Optional<String> grain = scalar(column, "granularity").map(YamlScalar::value);
        column.get("entity").ifPresent(node -> {
            if (node instanceof YamlMapping e) {
                Optional<YamlScalar> own = scalar(e, "name");
                entity(e, model, own.or(() -> columnName), own.isPresent(), scan.naming(e), text(column, "description"));
            } else if (node instanceof YamlScalar type && !type.isNull()) {
                scan.define(SymbolKey.of(SymbolKind.ENTITY, columnName.get().value()), model, columnName.get(), false,
                        scan.naming(type), List.of("type: " + type.value(), "semantic model: " + model),
                        text(column, "description"));
            }
        });
        column.get("dimension").ifPresent(node -> {
            if (node instanceof YamlMapping d) {
                Optional<YamlScalar> own = scalar(d, "name");
                dimension(d, model, own.or(() -> columnName), own.isPresent(), scan.naming(d), grain,
                        text(column, "description"));
            } else if (node instanceof YamlScalar type && !type.isNull()) {
                List<String> facts = new ArrayList<>(List.of("type: " + type.value() + grain.map(g -> " (" + g + ")").orElse("")));
                facts.add("semantic model: " + model);
                scan.define(SymbolKey.dimension(model, columnName.get().value()), model, columnName.get(), false,
                        scan.naming(type), facts, text(column, "description"));
            }
        });
    }

    private void primaryEntity(YamlMapping m, String model) {
        scalar(m, "primary_entity").ifPresent(p -> scan.define(SymbolKey.of(SymbolKind.ENTITY, p.value().strip()), model,
                p, true, List.of("type: primary (primary_entity, no column)", "semantic model: " + model), Optional.empty()));
    }

    /** {@code naming} says how to write a name when it is not {@code explicit}. */
    private void entity(YamlMapping e, String model, Optional<YamlScalar> name, boolean explicit,
                        Optional<NameInsertion> naming, Optional<String> columnDescription) {
        name.ifPresent(n -> {
            List<String> facts = facts(e, "type", "expr", "role");
            facts.add("semantic model: " + model);
            scan.define(SymbolKey.of(SymbolKind.ENTITY, n.value()), model, n, explicit,
                    explicit ? Optional.empty() : naming, facts, text(e, "description").or(() -> columnDescription));
        });
    }

    private void dimension(YamlMapping d, String model, Optional<YamlScalar> name, boolean explicit,
                           Optional<NameInsertion> naming, Optional<String> columnGrain,
                           Optional<String> columnDescription) {
        name.ifPresent(n -> {
            Optional<String> grain = d.mapping("type_params").flatMap(p -> scalar(p, "time_granularity"))
                    .or(() -> scalar(d, "granularity")).map(YamlScalar::value).or(() -> columnGrain);
            List<String> facts = new ArrayList<>();
            scalar(d, "type").ifPresent(t -> facts.add("type: " + t.value() + grain.map(g -> " (" + g + ")").orElse("")));
            facts.addAll(facts(d, "expr"));
            facts.add("semantic model: " + model);
            scan.define(SymbolKey.dimension(model, n.value()), model, n, explicit,
                    explicit ? Optional.empty() : naming, facts, text(d, "description").or(() -> columnDescription));
        });
    }

    private void measure(YamlMapping m, String model) {
        Optional<YamlScalar> name = scalar(m, "name");
        if (name.isEmpty()) {
            return;
        }
        List<String> facts = facts(m, "agg", "expr", "agg_time_dimension");
        facts.add("semantic model: " + model);
        scan.define(SymbolKey.of(SymbolKind.MEASURE, name.get().value()), model, name.get(), true, facts,
                text(m, "description"));
        m.get("agg_time_dimension").ifPresent(n -> scan.reference(Expect.DIMENSION_OF_MODEL, model, n));
        nonAdditive(m, model);
    }

    /** {@code non_additive_dimension{name, window_groupings | group_by}} of a measure or latest simple metric. */
    void nonAdditive(YamlMapping owner, String model) {
        owner.mapping("non_additive_dimension").ifPresent(n -> {
            n.get("name").ifPresent(x -> scan.reference(Expect.DIMENSION_OF_MODEL, model, x));
            n.get("window_groupings").ifPresent(x -> scan.references(Expect.ENTITY, "", x));
            n.get("group_by").ifPresent(x -> scan.references(Expect.ENTITY, "", x));
        });
    }

    static Optional<String> text(YamlMapping m, String key) {
        return scalar(m, key).map(s -> s.value().strip()).filter(s -> !s.isEmpty());
    }
}
