package dev.steward.model.contract.odcs.rules;

import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;

/**
 * A contract should name its owner: a {@code team} with a name, an id or members (ODCS 3.1), or
 * a non-empty list of members (the deprecated 3.0 form).
 */
public final class OwnerRule implements OdcsRule {

    public static final String RULE = "odcs-owner-missing";

    @Override
    public void check(OdcsContract contract, ValidationContext context, Findings findings) {
        YamlMapping root = contract.root();
        var team = root.entry("team");
        if (team.isEmpty()) {
            YamlNode at = root.entry("id").or(() -> root.entry("kind")).map(e -> (YamlNode) e.key()).orElse(root);
            findings.add(Severity.WARNING, RULE, at.range().startLine() == at.range().endLine() ? at.range()
                            : contract.document().lines().lineRange(at.range().startLine()),
                    "The contract has no owner: add a 'team' with a name and members, so consumers know who to ask and who approves changes");
            return;
        }
        YamlNode value = team.get().value();
        boolean named = value instanceof YamlMapping m
                && (m.text("name").isPresent() || m.text("id").isPresent()
                || m.sequence("members").filter(s -> s.size() > 0).isPresent())
                || value instanceof YamlSequence s && s.size() > 0;
        if (!named) {
            findings.add(Severity.WARNING, RULE, team.get().key().range(),
                    "'team' names nobody: give it a name or at least one member, so consumers know who owns this contract");
        }
    }
}
