package dev.steward.model.contract.schema;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import dev.steward.model.yaml.YamlSequence;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a YAML tree against a {@link Spec} and reports one diagnostic per problem: a value of the
 * wrong kind is reported once and not descended into; an unknown key is reported on the key.
 * When the problem is the use of a later version's construct it is reported as such, with a fix
 * that bumps the declared version. One instance per check.
 */
public final class SpecChecker {

    private final Spec spec;
    private final Problems problems;
    private final VersionConstructs constructs;
    private final ConstructReporter reporter;

    /**
     * @param versionNode the scalar that declares the version ({@code apiVersion: v3.0.2}); target of bump fixes
     * @param versionKey  its key, for messages
     */
    public SpecChecker(Spec spec, SpecFamily family, Problems problems, YamlScalar versionNode, String versionKey) {
        this.spec = spec;
        this.problems = problems;
        this.constructs = new VersionConstructs(family, spec.version());
        this.reporter = new ConstructReporter(spec, problems, versionNode, versionKey);
    }

    public void checkDocument(YamlNode root) {
        check(root, spec.root(), Slot.ROOT);
        reporter.flush();
    }

    private void check(YamlNode node, Shape shape, Slot slot) {
        switch (shape) {
            case ScalarShape s -> checkScalar(node, s, slot);
            case ListShape l -> checkList(node, l, slot);
            case MapShape m -> checkMap(node, m, slot);
            case ObjectType o -> checkObject(node, o, slot);
            case ChoiceShape c -> {
                Optional<Shape> branch = c.branchFor(node);
                if (branch.isPresent()) {
                    check(node, branch.get(), slot);
                } else {
                    wrongType(node, c, slot);
                }
            }
        }
    }

    private void checkScalar(YamlNode node, ScalarShape shape, Slot slot) {
        if (!shape.type().accepts(node)) {
            wrongType(node, shape, slot);
            return;
        }
        if (!(node instanceof YamlScalar s) || !s.isString()) {
            return;
        }
        if (!shape.allowed().isEmpty() && !shape.allowed().contains(s.value())) {
            Optional<Spec> later = constructs.accepting(slot, node);
            if (later.isPresent()) {
                reporter.enumValue(s, slot, shape, later.get());
            } else {
                ValueMessages.notAllowed(problems, s, slot, shape);
            }
        } else if (shape.pattern() != null && !shape.pattern().matches(s.value())) {
            problems.error("pattern", s.range(), slot.subject() + " must be " + shape.pattern().explanation()
                    + ", found '" + s.value() + "'");
        }
    }

    private void checkList(YamlNode node, ListShape shape, Slot slot) {
        if (!(node instanceof YamlSequence seq)) {
            wrongType(node, shape, slot);
            return;
        }
        if (seq.size() < shape.minItems() || seq.size() > shape.maxItems()) {
            problems.error("list-size", seq.range(), slot.subject() + " must have " + ValueMessages.sizeWords(shape)
                    + ", found " + seq.size());
        }
        Slot itemSlot = slot.asItem();
        Set<String> seen = shape.uniqueItems() ? new HashSet<>() : null;
        for (YamlNode item : seq.items()) {
            if (seen != null && !seen.add(NodeText.canonical(item))) {
                problems.error("unique-items", item.range(), "Duplicate item in " + slot.where().replace("each item of ", "")
                        + ": the same value appears earlier in the list; items must be unique");
                continue;
            }
            check(item, shape.items(), itemSlot);
        }
    }

    private void checkMap(YamlNode node, MapShape shape, Slot slot) {
        if (!(node instanceof YamlMapping m)) {
            wrongType(node, shape, slot);
            return;
        }
        if (m.entries().size() < shape.minEntries()) {
            problems.error("list-size", m.range(), slot.subject() + " must define at least one " + shape.entryLabel());
        }
        for (YamlMapping.Entry e : m.entries()) {
            if (shape.keyPattern() != null && !shape.keyPattern().matches(e.name())) {
                problems.error("pattern", e.key().range(), "The name '" + e.name() + "' of a " + shape.entryLabel()
                        + " must be " + shape.keyPattern().explanation());
            }
            check(e.value(), shape.values(), new Slot(null, m, e.name(), e.key(), false));
        }
    }

    private void checkObject(YamlNode node, ObjectType type, Slot slot) {
        if (!(node instanceof YamlMapping m)) {
            wrongType(node, type, slot);
            return;
        }
        List<Variant> applying = type.applying(m);
        Set<String> meant = null; // keys that unknown keys most likely meant: their absence is the same problem
        for (YamlMapping.Entry e : m.entries()) {
            Field f = type.fieldIn(e.name(), applying);
            if (f == null) {
                Optional<String> target = unknownKey(type, m, e);
                if (target.isPresent()) {
                    meant = meant == null ? new HashSet<>() : meant;
                    meant.add(target.get());
                }
                continue;
            }
            if (f.deprecation() != null) {
                problems.warning("deprecated", e.key().range(), "'" + e.name() + "' is deprecated in "
                        + spec.standard() + " " + spec.version() + ": " + f.deprecation(), List.of());
            }
            check(e.value(), f.shape(), new Slot(type, m, e.name(), e.key(), false));
        }
        for (String key : type.required()) {
            if (!m.has(key) && (meant == null || !meant.contains(key))) {
                missing(type, m, slot, key, null);
            }
        }
        for (Variant v : applying) {
            for (String key : v.required()) {
                if (!m.has(key) && (meant == null || !meant.contains(key))) {
                    missing(type, m, slot, key, v);
                }
            }
            v.rules().forEach(r -> r.check(m, problems));
        }
        type.rules().forEach(r -> r.check(m, problems));
    }

    private Optional<String> unknownKey(ObjectType type, YamlMapping m, YamlMapping.Entry e) {
        Slot slot = new Slot(type, m, e.name(), e.key(), false);
        Optional<Spec> later = type.closed() ? constructs.accepting(slot, e.value()) : Optional.empty();
        if (later.isPresent()) {
            reporter.key(e.key(), type, later.get());
            return Optional.empty();
        }
        Optional<Spec> removed = type.keysFor(m).contains(e.name()) ? Optional.empty()
                : constructs.removedAfter(type, e.name(), m);
        if (removed.isPresent()) {
            String message = "'" + e.name() + "' in " + type.label() + " is a " + removed.get().standard() + " "
                    + removed.get().version() + " key that " + spec.version() + " no longer has";
            if (type.closed()) {
                problems.error("unknown-key", e.key().range(), message + "; remove it", List.of());
            } else {
                problems.warning("removed-key", e.key().range(), message + "; it is kept as an extension key", List.of());
            }
            return Optional.empty();
        }
        return KeyMessages.unknown(problems, type, m, e);
    }

    private void missing(ObjectType type, YamlMapping m, Slot slot, String key, Variant variant) {
        Optional<VersionConstructs.Construct> construct = constructs.withoutRequirement(type, m, key);
        if (construct.isPresent()) {
            reporter.insteadOf(construct.get(), type, key);
            return;
        }
        KeyMessages.missing(problems, type, m, slot, key, variant);
    }

    private void wrongType(YamlNode node, Shape shape, Slot slot) {
        Optional<Spec> later = constructs.accepting(slot, node);
        if (later.isPresent()) {
            reporter.valueKind(node, slot, shape, later.get());
            return;
        }
        ValueMessages.wrongType(problems, node, shape, slot);
    }

    static SourceRange rangeOf(Slot slot, YamlNode node) {
        return node.range().length() > 0 || slot.keyNode() == null ? node.range() : slot.keyNode().range();
    }
}
