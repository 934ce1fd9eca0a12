package dev.steward.model.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.semantic.Metric;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.validation.SemanticValidator;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The sample workspace's semantic layer: clean under the validator, every metric type present. */
class SampleSemanticLayerTest {

    @Test
    void validatesWithoutProblems() throws IOException {
        SemanticProject project = SemanticProject.read(SeedDatabaseTest.SAMPLE);
        List<Diagnostic> problems = new SemanticValidator().validate(project);
        assertEquals(List.of(), problems.stream().map(Diagnostic::toString).toList());
    }

    @Test
    void hasEveryMetricTypeAndASavedQuery() throws IOException {
        SemanticProject project = SemanticProject.read(SeedDatabaseTest.SAMPLE);
        Map<String, Long> byType = project.metrics().stream()
                .collect(Collectors.groupingBy(Metric::type, Collectors.counting()));
        assertEquals(List.of("conversion", "cumulative", "derived", "ratio", "simple"),
                byType.keySet().stream().sorted().toList());
        assertEquals(List.of("orders", "customers", "products", "site_visits"),
                project.semanticModels().stream().map(m -> m.name()).toList());
        assertTrue(project.savedQuery("monthly_revenue_by_channel").isPresent());
        assertTrue(project.metric("revenue_growth_mom").orElseThrow().toString().contains("1 month"));
        assertEquals(1, project.timeSpines().size());
    }
}
