package dev.steward.model.semantic.navigation;

import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticDocumentReader;
import dev.steward.model.semantic.SemanticRecognizer;
import dev.steward.model.semantic.YamlDocumentStream;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.List;

/**
 * What one semantic file defines and the names it writes, before the workspace resolves them.
 * Scanning parses the file once; a file that does not parse contributes nothing (its last good
 * state is the caller's to keep if it wants).
 */
record FileSymbols(Path path, String text, SemanticDocument document, List<SymbolDefinition> definitions,
                   List<PendingReference> references) {
    private static final YamlParser PARSER = new YamlParser();
    private static final SemanticDocumentReader READER = new SemanticDocumentReader();

    FileSymbols {
        definitions = List.copyOf(definitions);
        references = List.copyOf(references);
    }

    static FileSymbols scan(Path path, String text) {
        YamlDocument yaml = PARSER.parse(path, text);
        FileScan scan = new FileScan(path, text, yaml.lines());
        if (!SemanticRecognizer.recognises(text)) {
            return new FileSymbols(path, text, READER.read(PARSER.parse(path, "")), List.of(), List.of());
        }
        ModelScan models = new ModelScan(scan);
        MetricScan metrics = new MetricScan(scan, models);
        for (YamlNode root : YamlDocumentStream.roots(yaml)) {
            if (root instanceof YamlMapping m) {
                root(m, models, metrics);
            }
        }
        return new FileSymbols(path, text, READER.read(yaml), scan.definitions, scan.references);
    }

    private static void root(YamlMapping root, ModelScan models, MetricScan metrics) {
        FileScan.mappings(root, "semantic_models").forEach(models::semanticModel);
        root.mapping("semantic_model").ifPresent(models::semanticModel);
        FileScan.mappings(root, "models").forEach(m -> models.latestModel(m, metrics));
        FileScan.mappings(root, "metrics").forEach(m -> metrics.metric(m, ""));
        root.mapping("metric").ifPresent(m -> metrics.metric(m, ""));
        FileScan.mappings(root, "saved_queries").forEach(metrics::savedQuery);
        root.mapping("saved_query").ifPresent(metrics::savedQuery);
    }
}
