package dev.steward.model.contract.schema;

import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;

/** Reports uses of a later version's construct, each with a fix that bumps the declared version. */
final class ConstructReporter {

    static final String RULE = "version-construct";

    private final Spec declared;
    private final Problems problems;
    private final YamlScalar versionNode;
    private final String versionKey;

    ConstructReporter(Spec declared, Problems problems, YamlScalar versionNode, String versionKey) {
        this.declared = declared;
        this.problems = problems;
        this.versionNode = versionNode;
        this.versionKey = versionKey;
    }

    void key(YamlScalar key, ObjectType type, Spec later) {
        report(key, "'" + key.value() + "' in " + type.label() + " was introduced in " + standard(later)
                + "; this contract declares " + declaredText(), later);
    }

    void enumValue(YamlScalar value, Slot slot, ScalarShape shape, Spec later) {
        report(value, slot.key() + " '" + value.value() + "' is not allowed under " + declaredText()
                + "; it was introduced in " + standard(later) + ". Allowed under " + declared.version() + ": "
                + String.join(", ", shape.allowed()), later);
    }

    void valueKind(YamlNode node, Slot slot, Shape shape, Spec later) {
        report(node, slot.subject() + " as " + node.describe() + " was introduced in " + standard(later)
                + "; under " + declaredText() + " it must be " + shape.expected(), later);
    }

    void insteadOf(VersionConstructs.Construct construct, ObjectType type, String missingKey) {
        report(construct.key(), "'" + construct.key().value() + "' in " + type.label() + " was introduced in "
                + standard(construct.spec()) + "; under " + declaredText() + " " + type.label()
                + " like this one needs '" + missingKey + "'", construct.spec());
    }

    private void report(YamlNode at, String message, Spec later) {
        List<QuickFix> fixes = versionNode == null ? List.of() : List.of(new QuickFix(
                "Bump " + versionKey + " to " + later.version(),
                List.of(YamlEdits.replace(versionNode, later.version().label()))));
        problems.error(RULE, at.range().length() > 0 ? at.range() : versionNodeRange(at), message, fixes);
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
