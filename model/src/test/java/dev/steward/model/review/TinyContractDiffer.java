package dev.steward.model.review;

import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.SemanticDiffEngine;
import dev.steward.model.diff.VersionVerdict;
import dev.steward.model.diff.VersionedDiffer;
import dev.steward.model.lineage.LineageIds;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A deliberately small ODCS differ for the review plumbing tests (the real one lives in
 * {@code model.diff.contract}): top-level properties per schema object, added (info), removed
 * (breaking), {@code logicalType} changed (breaking) and {@code description} changed (info); a
 * breaking change needs the major version to change.
 */
final class TinyContractDiffer implements VersionedDiffer {

    static SemanticDiffEngine engine() {
        return SemanticDiffEngine.of(List.of(new TinyContractDiffer()));
    }

    @Override
    public Set<ArtifactKind> kinds() {
        return Set.of(ArtifactKind.ODCS);
    }

    @Override
    public List<SemanticChange> diff(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
        Map<String, YamlMapping> base = properties(before);
        Map<String, YamlMapping> head = properties(after);
        String id = id(after.or(() -> before));
        List<SemanticChange> out = new ArrayList<>();
        for (var e : base.entrySet()) {
            String[] key = e.getKey().split("/");
            String element = "schema." + key[0] + ".properties." + key[1];
            String subject = LineageIds.property(id, key[0], key[1]);
            YamlMapping now = head.get(e.getKey());
            if (now == null) {
                out.add(change(element, ChangeKind.REMOVED, ChangeSeverity.BREAKING, "property-removed",
                        e.getValue().text("logicalType"), Optional.empty(), "property `" + key[0] + "." + key[1] + "` removed", subject));
                continue;
            }
            Optional<String> t0 = e.getValue().text("logicalType");
            Optional<String> t1 = now.text("logicalType");
            if (!t0.equals(t1)) {
                out.add(change(element + ".logicalType", ChangeKind.UPDATED, ChangeSeverity.BREAKING, "property-type-changed",
                        t0, t1, "property `" + key[0] + "." + key[1] + "` type " + t0.orElse("?") + " → " + t1.orElse("?"), subject));
            }
            Optional<String> d0 = e.getValue().text("description");
            Optional<String> d1 = now.text("description");
            if (!d0.equals(d1)) {
                out.add(change(element + ".description", ChangeKind.UPDATED, ChangeSeverity.INFO, "description-changed",
                        d0, d1, "property `" + key[0] + "." + key[1] + "` description changed", subject));
            }
        }
        for (var e : head.entrySet()) {
            if (!base.containsKey(e.getKey())) {
                String[] key = e.getKey().split("/");
                out.add(change("schema." + key[0] + ".properties." + key[1], ChangeKind.ADDED, ChangeSeverity.INFO,
                        "property-added", Optional.empty(), e.getValue().text("logicalType"),
                        "property `" + key[0] + "." + key[1] + "` added", LineageIds.property(id, key[0], key[1])));
            }
        }
        return out;
    }

    @Override
    public String title(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
        Optional<ArtifactRevision> side = after.or(() -> before);
        return id(side) + side.flatMap(s -> s.document().rootMapping()).flatMap(m -> m.text("name")).map(n -> " — " + n).orElse("");
    }

    @Override
    public Optional<VersionVerdict> verdict(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after,
                                            List<SemanticChange> changes) {
        if (before.isEmpty() || after.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> v0 = before.get().document().rootMapping().flatMap(m -> m.text("version"));
        Optional<String> v1 = after.get().document().rootMapping().flatMap(m -> m.text("version"));
        boolean breaking = changes.stream().anyMatch(SemanticChange::isBreaking);
        String major0 = v0.map(v -> v.split("\\.")[0]).orElse("");
        String major1 = v1.map(v -> v.split("\\.")[0]).orElse("");
        VersionVerdict.Bump bump = v0.equals(v1) ? VersionVerdict.Bump.NONE
                : major0.equals(major1) ? VersionVerdict.Bump.MINOR : VersionVerdict.Bump.MAJOR;
        VersionVerdict.Bump required = breaking ? VersionVerdict.Bump.MAJOR
                : changes.isEmpty() ? VersionVerdict.Bump.NONE : VersionVerdict.Bump.PATCH;
        Optional<Diagnostic> problem = breaking && bump != VersionVerdict.Bump.MAJOR
                ? Optional.of(new Diagnostic(Path.of(after.get().path()), SourceRange.START, Severity.ERROR,
                        "version-major-bump", "a breaking change needs a new major version"))
                : Optional.empty();
        return Optional.of(new VersionVerdict(v0, v1, bump, required, problem));
    }

    private static SemanticChange change(String element, ChangeKind kind, ChangeSeverity severity, String rule,
                                         Optional<String> before, Optional<String> after, String message, String subject) {
        return new SemanticChange(element, kind, severity, rule, before, after, message, Optional.empty(),
                Optional.empty(), Optional.of(subject), List.of());
    }

    private static String id(Optional<ArtifactRevision> side) {
        return side.flatMap(s -> s.document().rootMapping()).flatMap(m -> m.text("id")).orElse("?");
    }

    /** "object/property" → the property's mapping. */
    private static Map<String, YamlMapping> properties(Optional<ArtifactRevision> side) {
        Map<String, YamlMapping> out = new LinkedHashMap<>();
        Optional<YamlMapping> root = side.flatMap(s -> s.document().rootMapping());
        for (YamlMapping object : items(root.flatMap(r -> r.sequence("schema")))) {
            String name = object.text("name").orElse("?");
            for (YamlMapping p : items(object.sequence("properties"))) {
                out.put(name + "/" + p.text("name").orElse("?"), p);
            }
        }
        return out;
    }

    private static List<YamlMapping> items(Optional<dev.steward.model.yaml.YamlSequence> seq) {
        List<YamlMapping> out = new ArrayList<>();
        seq.ifPresent(s -> {
            for (YamlNode n : s.items()) {
                if (n instanceof YamlMapping m) {
                    out.add(m);
                }
            }
        });
        return out;
    }
}
