package dev.steward.model.semantic;

import java.nio.file.Path;
import java.util.List;

/** Everything semantic-layer one YAML file defines, in source order. */
public record SemanticDocument(Path path, SemanticFormat format, List<SemanticModel> semanticModels,
                               List<Metric> metrics, List<SavedQuery> savedQueries, List<TimeSpine> timeSpines) {

    public SemanticDocument {
        semanticModels = List.copyOf(semanticModels);
        metrics = List.copyOf(metrics);
        savedQueries = List.copyOf(savedQueries);
        timeSpines = List.copyOf(timeSpines);
    }

    public boolean isEmpty() {
        return semanticModels.isEmpty() && metrics.isEmpty() && savedQueries.isEmpty() && timeSpines.isEmpty();
    }
}
