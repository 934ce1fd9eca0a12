package dev.steward.model.validation;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.dcs.DcsValidator;
import dev.steward.model.contract.odcs.OdcsValidator;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.mesh.DataProductValidator;
import dev.steward.model.mesh.org.OrganizationReader;
import dev.steward.model.semantic.lint.SemanticArtifactValidator;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one validation entry point shared by the studio and the command line: recognise the file,
 * parse it with positions, run the validator of its kind, apply the workspace policy.
 * Stateless and thread-safe.
 */
public final class ArtifactLinter {

    private static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparingInt((Diagnostic d) -> d.range().startOffset())
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::rule);

    private final YamlParser parser;
    private final Map<ArtifactKind, ArtifactValidator> validators = new EnumMap<>(ArtifactKind.class);

    public ArtifactLinter(YamlParser parser, List<ArtifactValidator> validators) {
        this.parser = parser;
        validators.forEach(v -> this.validators.put(v.kind(), v));
    }

    /** The linter with every built-in artifact kind. */
    public static ArtifactLinter standard() {
        return new ArtifactLinter(new YamlParser(),
                List.of(new OdcsValidator(), new DcsValidator(), new SemanticArtifactValidator(),
                        new DataProductValidator()));
    }

    /** Parsed file, recognised kind and (when it is a contract) its summary for the workspace index. */
    public record Parsed(Path path, Optional<ArtifactKind> kind, YamlDocument document, Optional<ContractSummary> summary) {
    }

    public Parsed parse(Path path, String text) {
        Optional<ArtifactKind> kind = ArtifactDetector.detect(text);
        YamlDocument doc = parser.parse(path, text);
        Optional<ContractSummary> summary = kind.map(validators::get)
                .flatMap(v -> doc.root().isPresent() ? v.summarize(doc) : Optional.empty());
        return new Parsed(path, kind, doc, summary);
    }

    /**
     * Makes a parsed file known to the workspace before any file is validated: a contract's summary,
     * a semantic-layer file's content, the text of a data product, contract or organisation file
     * (domains and teams, which are no artifact of their own) for the mesh. A workspace lint
     * registers every file it read first, so cross-file rules see the whole workspace whatever the
     * order of validation.
     */
    public void register(Parsed parsed, WorkspaceIndex index) {
        parsed.summary().ifPresent(index::put);
        if (parsed.kind().filter(k -> k == ArtifactKind.SEMANTIC).isPresent()) {
            index.semantic().put(parsed.document(), index.root().orElse(null));
        }
        if (partOfMesh(parsed)) {
            index.mesh().put(parsed.path(), parsed.document().text());
        }
    }

    /** Data products, contracts and organisation files make up the mesh. */
    private static boolean partOfMesh(Parsed parsed) {
        return parsed.kind().map(k -> k != ArtifactKind.SEMANTIC)
                .orElseGet(() -> new OrganizationReader().accept(parsed.document()));
    }

    /** Live text of a mesh file replaces its saved version; a file that left the mesh leaves the index. */
    private static void updateMesh(Parsed parsed, WorkspaceIndex index) {
        if (partOfMesh(parsed)) {
            index.mesh().put(parsed.path(), parsed.document().text());
        } else {
            index.mesh().remove(parsed.path());
        }
    }

    public FileReport lint(Parsed parsed, ValidationContext context) {
        ArtifactValidator validator = parsed.kind().map(validators::get).orElse(null);
        boolean allDocuments = validator != null && validator.readsAllDocuments();
        List<Diagnostic> all = new ArrayList<>(parsed.document().problems().stream()
                .filter(d -> !(allDocuments && d.rule().equals(YamlParser.RULE_MULTI_DOC))).toList());
        if (parsed.kind().filter(k -> k == ArtifactKind.SEMANTIC).isEmpty()) {
            context.index().semantic().remove(parsed.path()); // a file that stopped being semantic
        }
        updateMesh(parsed, context.index());
        if (validator != null && (parsed.document().root().isPresent() || allDocuments)) {
            all.addAll(validator.validate(parsed.document(), context));
        }
        List<Diagnostic> graded = new ArrayList<>(context.policy().apply(all));
        graded.sort(BY_POSITION);
        return new FileReport(parsed.path(), parsed.kind(), parsed.document(), parsed.summary(), graded);
    }

    public FileReport lint(Path path, String text, ValidationContext context) {
        return lint(parse(path, text), context);
    }

    public boolean recognises(String text) {
        return ArtifactDetector.detect(text).isPresent();
    }
}
