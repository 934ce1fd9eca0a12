package dev.steward.model.semantic.lint;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.semantic.SemanticDocument;
import dev.steward.model.semantic.SemanticProject;
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
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates one semantic-layer file within its project, for {@code ArtifactLinter}: the file's
 * current text replaces its entry in the workspace's {@link SemanticFileIndex}, the project (every
 * semantic file of the same dbt project) is validated by {@link SemanticValidator} (cached per set
 * of documents) and the findings located in this file are kept; then this file's own checks run:
 * the schema ({@link SemanticSchemaChecker}), filters and group-bys ({@link FilterChecks}) and the
 * columns of the tables its semantic models read ({@link ColumnRules}). Project findings inside an
 * element with a schema error, and references to names defined in such an element, are dropped:
 * the schema error is the cause. Stateless and thread-safe.
 */
public final class SemanticArtifactValidator implements ArtifactValidator {
    private static final Set<String> FOLLOW_ON_RULES = Set.of("semantic-unknown-measure", "semantic-unknown-metric");
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");
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
        List<Diagnostic> out = new ArrayList<>();
        entry.documents().laterProblems().forEach(d -> out.add(d.withPath(document.path())));
        entry.schemaProblems().forEach(d -> out.add(d.withPath(document.path())));
        Set<String> unreadNames = files.entries(root).stream().flatMap(e -> e.namesInBrokenElements().stream())
                .collect(Collectors.toSet());
        SemanticFileIndex.ProjectSnapshot project = files.snapshot(root, p -> validateProject(p, resolver));
        out.addAll(FilterChecks.check(document.path(), document.lines(), entry.documents().roots(),
                project.filters(), project.names()));
        for (Diagnostic d : project.diagnostics()) {
            if (file.equals(d.path()) && !inside(entry.brokenElements(), d.range())
                    && !followsFromSchemaError(d, document.text(), unreadNames)) {
                out.add(d.withPath(document.path()));
            }
        }
        NodeLocator nodes = new NodeLocator(entry.documents().roots());
        out.addAll(MetricShapeChecks.check(document.path(), document.lines(), nodes, entry.semantic()));
        out.addAll(ReachChecks.check(document.path(), document.lines(), nodes, entry.semantic(), project.project(),
                project.reach(), project.filters(), project.names()));
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

    /**
     * A reference to a measure or metric whose definition sits in an element with a schema error
     * (say under a misspelt {@code measurs:} key) is not reported: the schema error is the cause.
     */
    private static boolean followsFromSchemaError(Diagnostic d, String text, Set<String> unreadNames) {
        if (unreadNames.isEmpty() || !FOLLOW_ON_RULES.contains(d.rule())) {
            return false;
        }
        Matcher m = WORD.matcher(text.substring(d.range().startOffset(), Math.min(text.length(), d.range().endOffset())));
        while (m.find()) {
            if (unreadNames.contains(m.group())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<SourceRange> elements, SourceRange range) {
        return elements.stream().anyMatch(e -> e.startOffset() <= range.startOffset() && range.endOffset() <= e.endOffset());
    }
}
