package dev.steward.model.diff.contract;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeKind;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.VersionVerdict;
import dev.steward.model.diff.VersionedDiffer;
import dev.steward.model.lineage.LineageIds;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The semantic diff of a data contract, ODCS or DCS: every change classified breaking, warning or
 * info by the contract rule table, with its element path, its positions in both texts and the
 * lineage node it concerns; and the verdict on the contract's version.
 */
public final class ContractDiffer implements VersionedDiffer {

    /** The rule of the one change a file that does not parse yields. */
    public static final String RULE_UNPARSABLE = ContractRule.UNPARSABLE.id();
    /** The rule of the error on a contract whose breaking changes came without a major version bump. */
    public static final String RULE_VERSION_NOT_BUMPED = VersionJudge.RULE_NOT_BUMPED;
    /** The rule of the warning on a contract that changed without any version bump. */
    public static final String RULE_VERSION_BUMP_MISSING = VersionJudge.RULE_BUMP_MISSING;

    @Override
    public Set<ArtifactKind> kinds() {
        return Set.of(ArtifactKind.ODCS, ArtifactKind.DCS);
    }

    @Override
    public List<SemanticChange> diff(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
        List<SemanticChange> unparsable = new ArrayList<>();
        before.flatMap(ContractDiffer::unparsable).ifPresent(d -> unparsable.add(broken(d, true)));
        after.flatMap(ContractDiffer::unparsable).ifPresent(d -> unparsable.add(broken(d, false)));
        if (!unparsable.isEmpty()) {
            return List.copyOf(unparsable);
        }
        String id = contractId(before, after);
        if (before.isEmpty() || after.isEmpty()) {
            return List.of(wholeContract(id, before.isEmpty(), before.or(() -> after).orElseThrow()));
        }
        boolean dcs = isDcs(before.get()) || isDcs(after.get());
        YamlMapping base = before.get().document().rootMapping().orElseThrow();
        YamlMapping head = after.get().document().rootMapping().orElseThrow();
        if (dcs) {
            base = DefinitionInliner.inline(base);
            head = DefinitionInliner.inline(head);
        }
        return ContractWalker.diff(base, head, id, dcs);
    }

    @Override
    public String title(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
        Optional<ArtifactRevision> shown = after.filter(a -> a.document().rootMapping().isPresent()).or(() -> before);
        Optional<YamlMapping> root = shown.flatMap(r -> r.document().rootMapping());
        String id = contractId(before, after);
        Optional<String> name = root.flatMap(r -> r.text("name").or(() -> r.mapping("info").flatMap(i -> i.text("title"))));
        return name.filter(n -> !n.equals(id)).map(n -> n + " — " + id).orElse(id);
    }

    @Override
    public Optional<VersionVerdict> verdict(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after,
                                            List<SemanticChange> changes) {
        if (before.isEmpty() || after.isEmpty() || changes.stream().anyMatch(c -> c.rule().equals(RULE_UNPARSABLE))) {
            return Optional.empty();
        }
        return VersionJudge.judge(before.get(), after.get(), isDcs(before.get()) || isDcs(after.get()), changes);
    }

    private static boolean isDcs(ArtifactRevision revision) {
        return ArtifactDetector.detect(revision.text()).filter(k -> k == ArtifactKind.DCS).isPresent()
                || revision.document().rootMapping().map(r -> r.has("dataContractSpecification")).orElse(false);
    }

    /**
     * Why a revision cannot be diffed: it has no root mapping (a syntax error stopped the parser, or
     * the text is empty or not a mapping). Problems the parser recovers from, such as a repeated
     * key, do not stop the diff.
     */
    private static Optional<Diagnostic> unparsable(ArtifactRevision revision) {
        if (revision.document().rootMapping().isPresent()) {
            return Optional.empty();
        }
        return revision.document().problems().stream()
                .filter(d -> d.severity() == dev.steward.model.diagnostic.Severity.ERROR).findFirst()
                .or(() -> Optional.of(new Diagnostic(Path.of(revision.path()), SourceRange.START,
                        dev.steward.model.diagnostic.Severity.ERROR, RULE_UNPARSABLE, "the file holds no YAML mapping")));
    }

    private static SemanticChange broken(Diagnostic problem, boolean base) {
        String side = base ? "base" : "head";
        String message = "the contract at " + side + " does not parse (line " + problem.line() + ", column "
                + problem.column() + ": " + problem.message() + "), so its changes cannot be compared";
        return new SemanticChange("", ChangeKind.UPDATED, ContractRule.UNPARSABLE.severity(), RULE_UNPARSABLE, Optional.empty(),
                Optional.empty(), message, base ? Optional.of(problem.range()) : Optional.empty(),
                base ? Optional.empty() : Optional.of(problem.range()), Optional.empty(), List.of());
    }

    private static SemanticChange wholeContract(String id, boolean added, ArtifactRevision revision) {
        Optional<SourceRange> range = revision.document().root().map(r -> r.range());
        ContractRule rule = added ? ContractRule.CONTRACT_ADDED : ContractRule.CONTRACT_REMOVED;
        return new SemanticChange("", added ? ChangeKind.ADDED : ChangeKind.REMOVED, rule.severity(), rule.id(),
                Optional.empty(), Optional.empty(), "contract `" + id + "` " + (added ? "added" : "removed"),
                added ? Optional.empty() : range, added ? range : Optional.empty(), Optional.of(LineageIds.contract(id)), List.of());
    }

    /** The contract's {@code id} at head, else at base, else the file name up to its first dot (as lineage does). */
    static String contractId(Optional<ArtifactRevision> before, Optional<ArtifactRevision> after) {
        Optional<String> id = after.flatMap(a -> a.document().rootMapping()).flatMap(r -> r.text("id"))
                .or(() -> before.flatMap(b -> b.document().rootMapping()).flatMap(r -> r.text("id")));
        if (id.isPresent()) {
            return id.get();
        }
        String path = after.or(() -> before).map(ArtifactRevision::path).orElse("contract");
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
