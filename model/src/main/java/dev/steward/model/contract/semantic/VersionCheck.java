package dev.steward.model.contract.semantic;

import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/** Reports a contract version that is not a semantic version, with a fix when the intent is clear. Shared by ODCS and DCS. */
public final class VersionCheck {

    private VersionCheck() {
    }

    /** Checks {@code version} (the node under the version key, if any); {@code key} names it in messages. */
    public static void check(Optional<YamlNode> version, String key, String rule, Findings findings) {
        if (version.isEmpty() || !(version.get() instanceof YamlScalar scalar) || scalar.type() == YamlScalar.Type.NULL) {
            return; // missing or not a scalar: the structural checker reports that
        }
        String text = scalar.value();
        if (SemanticVersion.isValid(text)) {
            return;
        }
        Optional<String> repaired = SemanticVersion.repair(text);
        String message = "'" + key + "' is '" + text + "', which is not a semantic version; use MAJOR.MINOR.PATCH such as "
                + repaired.orElse("1.0.0") + ", so that tools can tell breaking changes (major) from compatible ones";
        List<QuickFix> fixes = repaired
                .map(r -> List.of(new QuickFix("Change to " + r, List.of(TextEdit.replace(scalar.range().startOffset(),
                        scalar.range().endOffset(), quoted(r, scalar))))))
                .orElse(List.of());
        findings.add(Severity.WARNING, rule, scalar.range(), message, fixes);
    }

    private static String quoted(String version, YamlScalar original) {
        return switch (original.style()) {
            case SINGLE_QUOTED -> "'" + version + "'";
            case DOUBLE_QUOTED -> "\"" + version + "\"";
            default -> version;
        };
    }
}
