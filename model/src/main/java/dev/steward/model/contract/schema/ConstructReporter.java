package dev.steward.model.contract.schema;

import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports uses of a later version's construct, once per construct (at its first use, with the
 * number of uses), each with a fix that bumps the declared version.
 */
final class ConstructReporter {

    static final String RULE = "version-construct";

    private final Spec declared;
    private final Problems problems;
    private final YamlScalar versionNode;
    private final String versionKey;
    private final Map<String, Pending> pending = new LinkedHashMap<>();

    ConstructReporter(Spec declared, Problems problems, YamlScalar versionNode, String versionKey) {
        this.declared = declared;
        this.problems = problems;
        this.versionNode = versionNode;
        this.versionKey = versionKey;
    }

    void key(YamlScalar key, ObjectType type, Spec later) {
        report(type.id() + "." + key.value(), key, "'" + key.value() + "' in " + type.label() + " was introduced in " + standard(later)
                + "; this file declares " + declaredText(), later);
    }

    void enumValue(YamlScalar value, Slot slot, ScalarShape shape, Spec later) {
        report(slot.owner().id() + "." + slot.key() + "=" + value.value(), value, slot.key() + " '" + value.value() + "' is not allowed under " + declaredText()
                + "; it was introduced in " + standard(later) + ". Allowed under " + declared.version() + ": "
                + String.join(", ", shape.allowed()), later);
    }

    void valueKind(YamlNode node, Slot slot, Shape shape, Spec later) {
        report(slot.owner().id() + "." + slot.key() + ":" + node.describe(), node, slot.subject() + " as " + node.describe() + " was introduced in " + standard(later)
                + "; under " + declaredText() + " it must be " + shape.expected(), later);
    }

    void insteadOf(VersionConstructs.Construct construct, ObjectType type, String missingKey) {
        report(type.id() + "." + construct.key().value() + "!" + missingKey, construct.key(), "'" + construct.key().value() + "' in " + type.label() + " was introduced in "
                + standard(construct.spec()) + "; under " + declaredText() + " " + type.label()
                + " like this one needs '" + missingKey + "'", construct.spec());
    }

    /** Holds the first use of a construct; later uses of the same construct are counted, not repeated. */
    private void report(String construct, YamlNode at, String message, Spec later) {
        Pending p = pending.get(construct);
        if (p != null) {
            p.uses++;
            return;
        }
        pending.put(construct, new Pending(at, message, later));
    }

    /** Reports each construct once, at its first use, saying how many uses the file has. */
    void flush() {
        for (Pending p : pending.values()) {
            List<QuickFix> fixes = versionNode == null ? List.of() : List.of(new QuickFix(
                    "Bump " + versionKey + " to " + p.later.version(),
                    List.of(YamlEdits.replace(versionNode, p.later.version().label()))));
            String message = p.uses == 1 ? p.message : p.message + " (used " + p.uses + " times in this file; the first is marked)";
            problems.error(RULE, p.at.range().length() > 0 ? p.at.range() : versionNodeRange(p.at), message, fixes);
        }
        pending.clear();
    }

    private static final class Pending {
        final YamlNode at;
        final String message;
        final Spec later;
        int uses = 1;

        Pending(YamlNode at, String message, Spec later) {
            this.at = at;
            this.message = message;
            this.later = later;
        }
    }

    private SourceRange versionNodeRange(YamlNode at) {
        return versionNode == null ? at.range() : versionNode.range();
    }

    private String standard(Spec later) {
        return later.standard() + " " + later.version();
    }

    private String declaredText() {
        return versionKey + " " + declared.version();
    }
}
