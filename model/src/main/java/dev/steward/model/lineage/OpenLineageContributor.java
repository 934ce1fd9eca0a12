package dev.steward.model.lineage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Adds the lineage OpenLineage events observed: a JSON array of events, JSON lines, or one event.
 * Each run or job event with inputs or outputs gives {@link EdgeKind#OBSERVED} edges from each
 * input dataset to the job and from the job to each output; a {@code columnLineage} facet gives
 * column nodes and edges between them. A dataset whose name is a dbt relation
 * ({@code database.schema.table}) is that dbt resource, and a job named after a node id (the dbt
 * integration names jobs by {@code unique_id}) is that node; an edge is skipped when the two nodes
 * are already joined. Unparsable files are reported, events without a job or dataset names skipped.
 * Run it after the manifest and the contracts.
 */
public final class OpenLineageContributor implements LineageContributor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public OpenLineageContributor(Path file) {
        this.file = file;
    }

    @Override
    public void contribute(LineageGraphBuilder builder) {
        List<JsonNode> events = new ArrayList<>();
        try (MappingIterator<JsonNode> values = JSON.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (values.hasNextValue()) {
                JsonNode value = values.nextValue();
                if (value.isArray()) {
                    value.forEach(events::add);
                } else {
                    events.add(value);
                }
            }
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            builder.problem(LineageProblem.of(file, "no such file"));
            return;
        } catch (JsonProcessingException e) {
            builder.problem(LineageProblem.of(file, "not valid JSON (line " + e.getLocation().getLineNr()
                    + "): " + e.getOriginalMessage() + "; expected OpenLineage events as a JSON array or one per line"));
            return;
        } catch (IOException | RuntimeException e) {
            builder.problem(LineageProblem.of(file, "cannot read: " + e.getMessage()));
            return;
        }
        events.forEach(event -> add(event, builder));
    }

    private static void add(JsonNode event, LineageGraphBuilder builder) {
        JsonNode job = event.path("job");
        String jobNamespace = job.path("namespace").asText("");
        String jobName = job.path("name").asText("");
        JsonNode inputs = event.path("inputs");
        JsonNode outputs = event.path("outputs");
        if (jobName.isEmpty() || inputs.size() + outputs.size() == 0) {
            return;
        }
        String jobId = builder.resolveFirst(LineageAlias.id(jobName)).orElseGet(() -> {
            String id = LineageIds.job(jobNamespace, jobName);
            builder.addNode(new LineageNode(id, NodeKind.JOB, jobName));
            return id;
        });
        for (JsonNode input : inputs) {
            dataset(input, builder).ifPresent(id -> observed(id, jobId, builder));
        }
        for (JsonNode output : outputs) {
            dataset(output, builder).ifPresent(id -> {
                observed(jobId, id, builder);
                columnLineage(id, output.path("facets").path("columnLineage").path("fields"), builder);
            });
        }
    }

    private static Optional<String> dataset(JsonNode dataset, LineageGraphBuilder builder) {
        String namespace = dataset.path("namespace").asText("");
        String name = dataset.path("name").asText("");
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(builder.resolveFirst(LineageAlias.relation(name), LineageAlias.id(LineageIds.dataset(namespace, name)))
                .orElseGet(() -> {
                    String id = LineageIds.dataset(namespace, name);
                    builder.addNode(new LineageNode(id, NodeKind.DATASET, name));
                    return id;
                }));
    }

    /** {@code fields: {out: {inputFields: [{namespace, name, field}]}}} of ColumnLineageDatasetFacet. */
    private static void columnLineage(String outputId, JsonNode fields, LineageGraphBuilder builder) {
        for (Map.Entry<String, JsonNode> entry : fields.properties()) {
            String outColumn = column(outputId, entry.getKey(), builder);
            for (JsonNode in : entry.getValue().path("inputFields")) {
                String field = in.path("field").asText("");
                if (field.isEmpty()) {
                    continue;
                }
                dataset(in, builder).ifPresent(inputId -> observed(column(inputId, field, builder), outColumn, builder));
            }
        }
    }

    private static String column(String datasetId, String field, LineageGraphBuilder builder) {
        String id = LineageIds.column(datasetId, field);
        if (!builder.hasNode(id)) {
            String table = builder.node(datasetId).map(LineageNode::name).orElse(datasetId);
            builder.addNode(new LineageNode(id, NodeKind.COLUMN, table + "." + field));
            builder.addEdge(id, datasetId, EdgeKind.PART_OF);
        }
        return id;
    }

    private static void observed(String from, String to, LineageGraphBuilder builder) {
        if (!builder.joined(from, to)) {
            builder.addEdge(from, to, EdgeKind.OBSERVED);
        }
    }
}
