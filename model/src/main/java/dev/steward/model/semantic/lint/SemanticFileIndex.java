package dev.steward.model.semantic.lint;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticDocumentReader;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.YamlDocumentStream;
import dev.steward.model.semantic.ref.DbtProjectLayout;
import dev.steward.model.semantic.ref.ModelRefResolver;
import dev.steward.model.yaml.YamlDocument;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.steward.model.yaml.SourceRange;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The semantic-layer files of a workspace, for cross-file validation: each file's parsed documents
 * and semantic content, cached by path and text (a re-lint of unchanged text reads nothing again),
 * grouped into projects (the nearest folder holding {@code dbt_project.yml}, else the workspace
 * root). The validation of a whole project is cached too, keyed by the exact documents it was run
 * on, so a workspace lint validates each project once and every file picks its own diagnostics.
 * Thread-safe: live validation replaces a file's entry while other files are validated.
 */
public final class SemanticFileIndex {

    /**
     * One file: its text, its YAML documents, what it defines, the project it belongs to, and its
     * schema check: the problems, the elements they break, and the names defined inside those.
     */
    public record Entry(Path path, Path projectRoot, String text, YamlDocumentStream.Documents documents,
                        SemanticDocument semantic, List<Diagnostic> schemaProblems, List<SourceRange> brokenElements,
                        Set<String> namesInBrokenElements) {
        public Entry {
            schemaProblems = List.copyOf(schemaProblems);
            brokenElements = List.copyOf(brokenElements);
            namesInBrokenElements = Set.copyOf(namesInBrokenElements);
        }
    }

    private static final Pattern NAME = Pattern.compile("(?m)^[ \\t-]*name:[ \\t]*['\"]?([A-Za-z0-9_]+)");

    /**
     * What every file of one project shares while the project's documents stay the same: the
     * project, its validation, and the name and join indexes filter checks consult.
     */
    record ProjectSnapshot(List<SemanticDocument> documents, SemanticProject project, List<Diagnostic> diagnostics,
                           ElementNames names, JoinReach reach, ParsedFilters filters) {
        boolean ranOn(List<SemanticDocument> docs) {
            if (docs.size() != documents.size()) {
                return false;
            }
            for (int i = 0; i < docs.size(); i++) {
                if (docs.get(i) != documents.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final SemanticDocumentReader reader = new SemanticDocumentReader();
    private final Map<Path, Entry> byPath = new ConcurrentHashMap<>();
    private final Map<Path, Path> rootOfFolder = new ConcurrentHashMap<>();
    private final Map<Path, ModelRefResolver> resolvers = new ConcurrentHashMap<>();
    private final Map<Path, ProjectSnapshot> runs = new ConcurrentHashMap<>();
    private final Map<Path, Object> locks = new ConcurrentHashMap<>();

    /** The absolute, normalised path entries are kept under ({@code untitled.yml} for a text without a path). */
    public static Path key(Path path) {
        return (path == null ? Path.of("untitled.yml") : path).toAbsolutePath().normalize();
    }

    /**
     * Records {@code yaml} as the current text of its file, reading it only when the text changed;
     * {@code workspaceRoot} (may be null) bounds the project search.
     */
    public Entry put(YamlDocument yaml, Path workspaceRoot) {
        Path file = key(yaml.path());
        Entry old = byPath.get(file);
        String text = yaml.text();
        if (old != null && old.text().hashCode() == text.hashCode() && old.text().equals(text)) {
            return old;
        }
        YamlDocumentStream.Documents docs = YamlDocumentStream.read(yaml);
        SemanticSchemaChecker.Result schema = SemanticSchemaChecker.check(yaml.path(), yaml.lines(), docs.roots());
        Set<String> names = new HashSet<>();
        for (SourceRange broken : schema.brokenElements()) {
            Matcher m = NAME.matcher(text.substring(broken.startOffset(), Math.min(text.length(), broken.endOffset())));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        Entry entry = new Entry(file, projectRoot(file, workspaceRoot), text, docs, reader.read(file, docs.roots()),
                schema.diagnostics(), schema.brokenElements(), names);
        byPath.put(file, entry);
        return entry;
    }

    public void remove(Path file) {
        byPath.remove(key(file));
    }

    public Optional<Entry> entry(Path file) {
        return Optional.ofNullable(byPath.get(key(file)));
    }

    /** The files of a project, in path order. */
    public List<Entry> entries(Path projectRoot) {
        return byPath.values().stream().filter(e -> e.projectRoot().equals(projectRoot))
                .sorted(Comparator.comparing(e -> e.path().toString())).toList();
    }

    /**
     * The semantic documents of a project, in path order. Files that define nothing (a dbt schema
     * file whose {@code dimension:} keys sit under {@code meta:}, say) are left out, so that they do
     * not make an empty project of their own.
     */
    public List<SemanticDocument> documents(Path projectRoot) {
        return entries(projectRoot).stream().map(Entry::semantic).filter(d -> !d.isEmpty()).toList();
    }

    /**
     * The project a file belongs to: the nearest folder with {@code dbt_project.yml} when the file
     * lies under its {@code model-paths} (dbt reads no other YAML; a file elsewhere in the project
     * is a project of its own folder), else the workspace root.
     */
    public Path projectRoot(Path file, Path workspaceRoot) {
        Path folder = file.getParent() == null ? file.toAbsolutePath() : file.getParent();
        return rootOfFolder.computeIfAbsent(folder, f -> findRoot(f, workspaceRoot));
    }

    private Path findRoot(Path folder, Path workspaceRoot) {
        for (Path dir = folder; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(DbtProjectLayout.PROJECT_FILE))) {
                boolean modelFile = resolver(dir).layout().modelPaths().stream().anyMatch(folder::startsWith);
                return modelFile ? dir : folder;
            }
            if (dir.equals(workspaceRoot)) {
                return dir;
            }
        }
        return workspaceRoot != null && folder.startsWith(workspaceRoot) ? workspaceRoot : folder;
    }

    /** The ref resolver of a project, with its disk caches. */
    public ModelRefResolver resolver(Path projectRoot) {
        return resolvers.computeIfAbsent(projectRoot, ModelRefResolver::of);
    }

    /**
     * The diagnostics of validating the project's current documents with {@code validate}, computed
     * once per distinct set of documents (concurrent callers for one project wait for one run).
     */
    public List<Diagnostic> projectDiagnostics(Path projectRoot, Function<SemanticProject, List<Diagnostic>> validate) {
        return snapshot(projectRoot, validate).diagnostics();
    }

    /** The project's shared state for its current documents, built once per distinct set of documents. */
    ProjectSnapshot snapshot(Path projectRoot, Function<SemanticProject, List<Diagnostic>> validate) {
        synchronized (locks.computeIfAbsent(projectRoot, r -> new Object())) {
            List<SemanticDocument> docs = documents(projectRoot);
            ProjectSnapshot run = runs.get(projectRoot);
            if (run == null || !run.ranOn(docs)) {
                SemanticProject project = new SemanticProject(projectRoot, docs);
                Set<String> grains = new HashSet<>();
                project.timeSpines().forEach(t -> t.customGranularities()
                        .forEach(g -> grains.add(g.name().toLowerCase(java.util.Locale.ROOT))));
                run = new ProjectSnapshot(docs, project, List.copyOf(validate.apply(project)), new ElementNames(docs),
                        new JoinReach(project), new ParsedFilters(grains));
                runs.put(projectRoot, run);
            }
            return run;
        }
    }
}
