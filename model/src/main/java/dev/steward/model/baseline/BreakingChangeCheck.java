package dev.steward.model.baseline;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.ArtifactDiff;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ImpactedArtifact;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.SemanticDiffEngine;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlDocument;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The breaking changes of an edited buffer against its committed text, as diagnostics on the buffer:
 * each at the changed element (a removed one at the nearest element that is still there), saying what
 * it reaches downstream and whom to tell; plus the contract's version discipline with its quick fix.
 * Any thread; the parsed committed text is cached by its text.
 */
public final class BreakingChangeCheck {
    private static final int NAMES_SHOWN = 3;

    private final SemanticDiffEngine engine;
    private final Function<String, List<ImpactedArtifact>> impact;
    private volatile ArtifactRevision cachedBase;

    /**
     * @param engine the differs
     * @param impact the downstream artifacts of a lineage node id (empty list when unknown); may be slow
     *               the first time, so callers pass a cached graph
     */
    public BreakingChangeCheck(SemanticDiffEngine engine, Function<String, List<ImpactedArtifact>> impact) {
        this.engine = engine;
        this.impact = impact;
    }

    /** The diagnostics for {@code buffer} (the parsed editor text of {@code file}) against {@code committedText}. */
    public List<Diagnostic> check(Path file, String committedText, YamlDocument buffer) {
        if (committedText.equals(buffer.text())) {
            return List.of();
        }
        String path = file.toString().replace('\\', '/');
        ArtifactRevision base = base(path, committedText);
        ArtifactRevision head = new ArtifactRevision(path, buffer.text(), buffer);
        Optional<ArtifactDiff> diff = engine.diff(new SemanticDiffEngine.FilePair(Optional.of(base), Optional.of(head)));
        if (diff.isEmpty()) {
            return List.of();
        }
        List<Diagnostic> out = new ArrayList<>();
        for (SemanticChange change : diff.get().changes()) {
            if (change.isBreaking()) {
                SourceRange range = change.headRange().map(r -> ElementLocator.firstLine(buffer.text(), r))
                        .or(() -> ElementLocator.nearest(buffer, change.element()))
                        .orElse(SourceRange.START);
                out.add(new Diagnostic(file, range, Severity.WARNING, BaselineRules.BREAKING_CHANGE,
                        change.message() + " (breaking against HEAD)" + reach(change)));
            }
        }
        diff.get().version().flatMap(v -> v.problem()).ifPresent(p -> out.add(p.withPath(file)));
        return out;
    }

    private ArtifactRevision base(String path, String text) {
        ArtifactRevision cached = cachedBase;
        if (cached != null && cached.path().equals(path) && cached.text().equals(text)) {
            return cached;
        }
        ArtifactRevision parsed = ArtifactRevision.parse(path, text);
        cachedBase = parsed;
        return parsed;
    }

    /**
     * "; reaches semantic model orders; metrics revenue, order_count and 3 more; data product Sales orders;
     * notify sales-team", kinds in the order first reached; "" when nothing is reached.
     */
    private String reach(SemanticChange change) {
        List<ImpactedArtifact> reached = change.subject().map(impact).orElse(List.of());
        if (reached.isEmpty()) {
            return "";
        }
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Set<String> owners = new LinkedHashSet<>();
        for (ImpactedArtifact a : reached) {
            if (seen.add(a.nodeId())) {
                byKind.computeIfAbsent(a.kind().replace('_', ' '), k -> new ArrayList<>()).add(a.name());
                owners.addAll(a.owners());
            }
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, names) -> {
            String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())));
            String more = names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "";
            parts.add((names.size() == 1 ? kind : kind + "s") + " " + shown + more);
        });
        return "; reaches " + String.join("; ", parts) + (owners.isEmpty() ? "" : "; notify " + String.join(", ", owners));
    }
}
