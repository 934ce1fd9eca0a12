package dev.steward.model.diff.contract;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.diff.ArtifactRevision;
import dev.steward.model.diff.ChangeSeverity;
import dev.steward.model.diff.SemanticChange;
import dev.steward.model.diff.VersionVerdict;
import dev.steward.model.diff.VersionVerdict.Bump;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version discipline of a changed contract (ODCS {@code version}, DCS {@code info.version}),
 * judged by Semantic Versioning: a breaking change needs a new major version (for 0.x, a new minor
 * counts, as SemVer allows anything to change before 1.0.0), any other change some bump. A
 * violation is an error or a warning on head's version with a quick fix that writes the version
 * required.
 */
final class VersionJudge {

    static final String RULE_NOT_BUMPED = "contract-version-not-bumped";
    static final String RULE_BUMP_MISSING = "contract-version-bump-missing";

    private static final Pattern SEMVER = Pattern.compile("[vV]?(\\d+)\\.(\\d+)\\.(\\d+)([-+].*)?");

    private record Version(int major, int minor, int patch, String rest) {
        static Optional<Version> parse(String text) {
            Matcher m = text == null ? null : SEMVER.matcher(text.strip());
            if (m == null || !m.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)), m.group(4) == null ? "" : m.group(4)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    private VersionJudge() {
    }

    static Optional<VersionVerdict> judge(ArtifactRevision before, ArtifactRevision after, boolean dcs, List<SemanticChange> changes) {
        Optional<YamlMapping> baseRoot = before.document().rootMapping();
        Optional<YamlMapping> headRoot = after.document().rootMapping();
        if (baseRoot.isEmpty() || headRoot.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlScalar> baseNode = versionNode(baseRoot.get(), dcs);
        Optional<YamlScalar> headNode = versionNode(headRoot.get(), dcs);
        Optional<String> was = baseNode.map(YamlScalar::value);
        Optional<String> now = headNode.map(YamlScalar::value);
        long breaking = changes.stream().filter(c -> c.severity() == ChangeSeverity.BREAKING).count();
        boolean changed = changes.stream().anyMatch(c -> !c.rule().equals(ContractRule.VERSION_CHANGED.id()));
        Bump required = breaking > 0 ? Bump.MAJOR : changed ? Bump.PATCH : Bump.NONE;
        Optional<Version> base = was.flatMap(Version::parse);
        Bump bump = bump(was, now);
        if (holds(required, bump, base)) {
            return Optional.of(new VersionVerdict(was, now, bump, required, Optional.empty()));
        }
        Optional<String> target = base.map(v -> required == Bump.MAJOR
                ? (v.major() == 0 ? "0." + (v.minor() + 1) + ".0" : (v.major() + 1) + ".0.0")
                : v.major() + "." + v.minor() + "." + (v.patch() + 1));
        String shown = now.isPresent() && now.equals(was) ? "version is still " + now.get()
                : now.map(n -> "version is " + n).orElse("no version is set") + was.map(w -> " (was " + w + ")").orElse("");
        String message = required == Bump.MAJOR
                ? breaking + " breaking change" + (breaking == 1 ? "" : "s") + " need" + (breaking == 1 ? "s" : "")
                + " a major version bump, but " + shown + target.map(t -> "; set it to " + t).orElse("")
                : "the contract changed but its version did not (" + shown + ")" + target.map(t -> "; set it to " + t).orElse("");
        Path path = Path.of(after.path());
        SourceRange range = headNode.map(YamlNode::range).orElse(SourceRange.START);
        List<QuickFix> fixes = target.flatMap(t -> edit(after.text(), headRoot.get(), headNode, dcs, t)
                .map(e -> new QuickFix("Set version to " + t, List.of(e)))).stream().toList();
        Diagnostic problem = new Diagnostic(path, range, required == Bump.MAJOR ? Severity.ERROR : Severity.WARNING,
                required == Bump.MAJOR ? RULE_NOT_BUMPED : RULE_BUMP_MISSING, message, fixes);
        return Optional.of(new VersionVerdict(was, now, bump, required, Optional.of(problem)));
    }

    private static boolean holds(Bump required, Bump bump, Optional<Version> base) {
        return switch (required) {
            case NONE, UNPARSABLE -> true;
            case PATCH, MINOR -> bump != Bump.NONE;
            case MAJOR -> bump == Bump.MAJOR || bump == Bump.UNPARSABLE
                    || bump == Bump.MINOR && base.map(v -> v.major() == 0).orElse(false);
        };
    }

    static Bump bump(Optional<String> was, Optional<String> now) {
        if (now.isEmpty() || was.equals(now)) {
            return Bump.NONE;
        }
        Optional<Version> b = was.flatMap(Version::parse);
        Optional<Version> h = now.flatMap(Version::parse);
        if (b.isEmpty() || h.isEmpty()) {
            return Bump.UNPARSABLE;
        }
        Version x = b.get();
        Version y = h.get();
        if (y.major() != x.major()) {
            return y.major() > x.major() ? Bump.MAJOR : Bump.NONE;
        }
        if (y.minor() != x.minor()) {
            return y.minor() > x.minor() ? Bump.MINOR : Bump.NONE;
        }
        if (y.patch() != x.patch()) {
            return y.patch() > x.patch() ? Bump.PATCH : Bump.NONE;
        }
        return y.rest().equals(x.rest()) ? Bump.NONE : Bump.PATCH;
    }

    private static Optional<YamlScalar> versionNode(YamlMapping root, boolean dcs) {
        Optional<YamlMapping> owner = dcs ? root.mapping("info") : Optional.of(root);
        return owner.flatMap(o -> o.get("version")).filter(n -> n instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL)
                .map(YamlScalar.class::cast);
    }

    /** Replaces head's version, keeping its quotes; without one, inserts a line where it can be put cleanly. */
    private static Optional<TextEdit> edit(String text, YamlMapping root, Optional<YamlScalar> version, boolean dcs, String target) {
        if (version.isPresent()) {
            YamlScalar s = version.get();
            String written = switch (s.style()) {
                case SINGLE_QUOTED -> "'" + target + "'";
                case DOUBLE_QUOTED -> "\"" + target + "\"";
                default -> target;
            };
            return Optional.of(TextEdit.replace(s.range().startOffset(), s.range().endOffset(), written));
        }
        Optional<YamlMapping> owner = dcs ? root.mapping("info") : Optional.of(root);
        if (owner.isEmpty() || owner.get().flow() || owner.get().entries().isEmpty()) {
            return Optional.empty();
        }
        SourceRange key = owner.get().entries().getFirst().key().range();
        int lineStart = key.startOffset() - (key.startColumn() - 1);
        if (lineStart < 0 || !text.substring(lineStart, key.startOffset()).isBlank()) {
            return Optional.empty();
        }
        String indent = text.substring(lineStart, key.startOffset());
        return Optional.of(TextEdit.insert(lineStart, indent + "version: " + target + "\n"));
    }
}
