package dev.steward.model.mesh.schema;

import dev.steward.model.contract.schema.Problems;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlSequence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the ODPS text asks of ports but its JSON Schema does not enforce, reported as warnings: a
 * product has at least one output port ("a data product without output is useless"), and name +
 * version, the key of a port, is not repeated within the input or the output ports.
 */
final class OdpsPortRules {

    static final String RULE_NO_OUTPUT_PORT = "no-output-port";
    static final String RULE_DUPLICATE_PORT = "duplicate-port";

    private OdpsPortRules() {
    }

    static void outputPortPresent(YamlMapping root, Problems problems) {
        boolean none = root.get("outputPorts").map(n -> n.isNull()
                || n instanceof YamlSequence s && s.size() == 0).orElse(true);
        if (none) {
            YamlNode at = root.entry("outputPorts").<YamlNode>map(YamlMapping.Entry::key)
                    .or(() -> root.entry("id").map(YamlMapping.Entry::key)).orElse(root);
            problems.warning(RULE_NO_OUTPUT_PORT, at.range(), "This data product has no output port; ODPS expects at"
                    + " least one (a product without output is useless): add outputPorts with a name, a version and"
                    + " the contractId it promises", List.of());
        }
    }

    static void uniquePortKeys(YamlMapping root, Problems problems) {
        for (String key : new String[] {"inputPorts", "outputPorts"}) {
            Map<String, Boolean> seen = new HashMap<>();
            root.sequence(key).ifPresent(ports -> ports.items().forEach(item -> {
                if (item instanceof YamlMapping port && port.text("name").isPresent()) {
                    String id = port.text("name").get() + " " + port.text("version").orElse("");
                    if (seen.putIfAbsent(id, true) != null) {
                        problems.warning(RULE_DUPLICATE_PORT, port.entry("name").orElseThrow().value().range(),
                                "Port '" + port.text("name").get() + "' " + port.text("version").orElse("(no version)")
                                        + " appears twice in " + key + "; name and version are a port's key, so give"
                                        + " a new version or another name", List.of());
                    }
                }
            }));
        }
    }
}
