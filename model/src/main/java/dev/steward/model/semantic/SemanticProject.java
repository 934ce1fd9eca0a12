package dev.steward.model.semantic;

import dev.steward.model.semantic.ref.DbtProjectLayout;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The semantic layer of a folder, merged across files. In a dbt project (a {@code dbt_project.yml}
 * at the root) the YAML under its {@code model-paths} (default {@code models}) is read; otherwise
 * every YAML file of the folder. Files the {@link SemanticRecognizer} does not recognise are
 * skipped. Lookups return the first definition in path order; duplicates are the validator's job.
 */
public final class SemanticProject {
    private final Path root;
    private final List<SemanticDocument> documents;
    private final Map<String, SemanticModel> semanticModels = new LinkedHashMap<>();
    private final Map<String, Measure> measures = new LinkedHashMap<>();
    private final Map<String, Metric> metrics = new LinkedHashMap<>();
    private final Map<String, SavedQuery> savedQueries = new LinkedHashMap<>();

    public SemanticProject(Path root, List<SemanticDocument> documents) {
        this.root = root;
        this.documents = List.copyOf(documents);
        for (SemanticDocument d : this.documents) {
            for (SemanticModel m : d.semanticModels()) {
                semanticModels.putIfAbsent(m.name(), m);
                m.measures().forEach(x -> measures.putIfAbsent(x.name(), x));
            }
            d.metrics().forEach(x -> metrics.putIfAbsent(x.name(), x));
            d.savedQueries().forEach(x -> savedQueries.putIfAbsent(x.name(), x));
        }
    }

    /**
     * Reads the folder; files that are not UTF-8 are skipped (the file linter reports them). A
     * {@code metricflow_time_spine.sql} model without YAML counts as the legacy time spine.
     */
    public static SemanticProject read(Path root) throws IOException {
        SemanticDocumentReader reader = new SemanticDocumentReader();
        YamlParser parser = new YamlParser();
        List<SemanticDocument> docs = new ArrayList<>();
        List<Path> files = modelFiles(root);
        for (Path file : files) {
            if (!isYaml(file)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (MalformedInputException e) {
                continue;
            }
            if (SemanticRecognizer.recognises(text)) {
                SemanticDocument doc = reader.read(parser.parse(root.relativize(file), text));
                if (!doc.isEmpty()) {
                    docs.add(doc);
                }
            }
        }
        legacySqlTimeSpine(root, files, docs).ifPresent(docs::add);
        return new SemanticProject(root, docs);
    }

    private static Optional<SemanticDocument> legacySqlTimeSpine(Path root, List<Path> files, List<SemanticDocument> docs) {
        String model = LatestSpecReader.LEGACY_TIME_SPINE_MODEL;
        return files.stream().filter(f -> f.getFileName().toString().equals(model + ".sql")).findFirst()
                .filter(f -> !declaresLegacyTimeSpine(docs))
                .map(f -> legacyTimeSpineDocument(root.relativize(f)));
    }

    /** Whether some document already declares the {@code metricflow_time_spine} model. */
    public static boolean declaresLegacyTimeSpine(List<SemanticDocument> docs) {
        String model = LatestSpecReader.LEGACY_TIME_SPINE_MODEL;
        return docs.stream().flatMap(d -> d.timeSpines().stream()).anyMatch(t -> t.model().filter(model::equals).isPresent());
    }

    /** The time spine a {@code metricflow_time_spine.sql} model without YAML stands for (column date_day, grain day). */
    public static SemanticDocument legacyTimeSpineDocument(Path sqlFile) {
        return new SemanticDocument(sqlFile, SemanticFormat.DBT_LEGACY, List.of(), List.of(), List.of(),
                List.of(new TimeSpine(Optional.of(LatestSpecReader.LEGACY_TIME_SPINE_MODEL), Optional.empty(),
                        Optional.of("date_day"), Optional.of("day"), List.of(), true, SourceRange.START, Map.of())));
    }

    /** The model name dbt treated as the time spine before the {@code time_spine:} config existed. */
    public static String legacyTimeSpineModel() {
        return LatestSpecReader.LEGACY_TIME_SPINE_MODEL;
    }

    /** The files under the model paths, in path order, without hidden and build folders. */
    public static List<Path> modelFiles(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : modelPaths(root)) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).filter(p -> !DbtProjectLayout.isHiddenOrBuilt(folder.relativize(p))).forEach(files::add);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        files.sort(Comparator.comparing(Path::toString));
        return files;
    }

    /** {@code model-paths} of {@code dbt_project.yml} (default {@code models}), or the root itself. */
    static List<Path> modelPaths(Path root) {
        return DbtProjectLayout.read(root).modelPaths();
    }

    private static boolean isYaml(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(".yml") || n.endsWith(".yaml");
    }

    public Path root() {
        return root;
    }

    public List<SemanticDocument> documents() {
        return documents;
    }

    public List<SemanticModel> semanticModels() {
        return documents.stream().flatMap(d -> d.semanticModels().stream()).toList();
    }

    public List<Metric> metrics() {
        return documents.stream().flatMap(d -> d.metrics().stream()).toList();
    }

    public List<SavedQuery> savedQueries() {
        return documents.stream().flatMap(d -> d.savedQueries().stream()).toList();
    }

    public List<TimeSpine> timeSpines() {
        return documents.stream().flatMap(d -> d.timeSpines().stream()).toList();
    }

    public Optional<SemanticModel> semanticModel(String name) {
        return Optional.ofNullable(semanticModels.get(name));
    }

    public Optional<Measure> measure(String name) {
        return Optional.ofNullable(measures.get(name));
    }

    public Optional<Metric> metric(String name) {
        return Optional.ofNullable(metrics.get(name));
    }

    public Optional<SavedQuery> savedQuery(String name) {
        return Optional.ofNullable(savedQueries.get(name));
    }

    /**
     * The semantic model a latest-spec metric is declared under: the one built on the metric's dbt
     * model, else the one named like it. Empty for legacy metrics and unknown owners.
     */
    public Optional<SemanticModel> owningModel(Metric metric) {
        return metric.owningModel().flatMap(owner -> semanticModels().stream()
                .filter(m -> m.model().filter(owner::equals).isPresent()).findFirst()
                .or(() -> semanticModel(owner)));
    }

    /** The semantic model that defines {@code measureName}. */
    public Optional<SemanticModel> modelOfMeasure(String measureName) {
        return semanticModels().stream().filter(m -> m.measure(measureName).isPresent()).findFirst();
    }

    /**
     * A dimension by its query name {@code entity__dimension} (for multi-hop names the last entity
     * counts: {@code listing__user__country} looks up {@code country} via {@code user}): a dimension of
     * that name in a semantic model that has the entity.
     */
    public Optional<Dimension> dimension(String qualifiedName) {
        int split = qualifiedName.lastIndexOf("__");
        if (split <= 0) {
            return Optional.empty();
        }
        String dimensionName = qualifiedName.substring(split + 2);
        String path = qualifiedName.substring(0, split);
        String entityName = path.substring(path.lastIndexOf("__") < 0 ? 0 : path.lastIndexOf("__") + 2);
        return semanticModels().stream().filter(m -> m.entity(entityName).isPresent())
                .flatMap(m -> m.dimension(dimensionName).stream()).findFirst();
    }
}
