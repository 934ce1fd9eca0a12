package dev.steward.model.semantic.lint;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticProject;
import dev.steward.model.semantic.TimeSpine;
import dev.steward.model.semantic.ref.ModelRefResolver;
import dev.steward.model.semantic.ref.ModelSource;
import dev.steward.model.semantic.validation.SemanticValidator;
import dev.steward.model.validation.ArtifactValidator;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.validation.WorkspaceIndex;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates one semantic-layer file within its project, for {@code ArtifactLinter}: the file's
 * current text replaces its entry in the workspace's {@link SemanticFileIndex}, the project (every
 * semantic file of the same dbt project) is validated by {@link SemanticValidator} (cached per set
 * of documents) and the findings located in this file are kept; then this file's own checks run:
 * the schema ({@link SemanticSchemaChecker}), filters and group-bys ({@link FilterChecks}) and the
 * columns of the tables its semantic models read ({@link ColumnRules}). Project findings inside an
 * element with a schema error are dropped: the schema error is the cause. Stateless and thread-safe.
 */
public final class SemanticArtifactValidator implements ArtifactValidator {
    private final SemanticValidator validator = new SemanticValidator();

    @Override
    public ArtifactKind kind() {
        return ArtifactKind.SEMANTIC;
    }

    @Override
    public boolean readsAllDocuments() {
        return true;
    }

    @Override
    public List<Diagnostic> validate(YamlDocument document, ValidationContext context) {
        WorkspaceIndex index = context.index();
        SemanticFileIndex files = index.semantic();
        Path file = SemanticFileIndex.key(document.path());
        SemanticFileIndex.Entry entry = files.put(document, index.root().orElse(null));
        Path root = entry.projectRoot();
        ModelRefResolver resolver = files.resolver(root);
        List<Diagnostic> out = new ArrayList<>(entry.documents().laterProblems());
        SemanticSchemaChecker.Result schema = SemanticSchemaChecker.check(document.path(), document.lines(),
                entry.documents().roots());
        out.addAll(schema.diagnostics());
        List<SemanticDocument> project = files.documents(root);
        out.addAll(FilterChecks.check(document.path(), document.lines(), entry.documents().roots(),
                customGrains(project), new ElementNames(project)));
        for (Diagnostic d : files.projectDiagnostics(root, p -> validateProject(p, resolver))) {
            if (file.equals(d.path()) && !inside(schema.brokenElements(), d.range())) {
                out.add(d.withPath(document.path()));
            }
        }
        NodeLocator nodes = new NodeLocator(entry.documents().roots());
        out.addAll(MetricShapeChecks.check(document.path(), document.lines(), nodes, entry.semantic()));
        out.addAll(ColumnRules.check(document.path(), document.lines(), nodes, entry.semantic(), resolver, index));
        return out;
    }

    /** The project as dbt sees it: a {@code metricflow_time_spine.sql} model without YAML counts as the time spine. */
    private List<Diagnostic> validateProject(SemanticProject project, ModelRefResolver resolver) {
        List<SemanticDocument> docs = project.documents();
        if (!SemanticProject.declaresLegacyTimeSpine(docs) && !docs.isEmpty()) {
            Optional<ModelSource> spine = resolver.resolve(SemanticProject.legacyTimeSpineModel(), WorkspaceIndex.empty())
                    .source().filter(ModelSource.SqlModel.class::isInstance);
            if (spine.isPresent()) {
                List<SemanticDocument> withSpine = new ArrayList<>(docs);
                withSpine.add(SemanticProject.legacyTimeSpineDocument(((ModelSource.SqlModel) spine.get()).file()));
                project = new SemanticProject(project.root(), withSpine);
            }
        }
        return validator.validate(project);
    }

    private static Set<String> customGrains(List<SemanticDocument> docs) {
        return docs.stream().flatMap(d -> d.timeSpines().stream()).flatMap(t -> t.customGranularities().stream())
                .map(TimeSpine.CustomGranularity::name).map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    private static boolean inside(List<SourceRange> elements, SourceRange range) {
        return elements.stream().anyMatch(e -> e.startOffset() <= range.startOffset() && range.endOffset() <= e.endOffset());
    }
}
