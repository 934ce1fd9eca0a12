package dev.steward.model.diff.contract;

import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Compares one service level at base and head: an ODCS {@code slaProperties} entry ({@code value}
 * with its {@code unit}, judged as one quantity) or a DCS {@code servicelevels} block (each scalar
 * judged with its block and attribute names). Worse is breaking, better is information, a change
 * whose direction cannot be told needs a look.
 */
final class ServiceLevelWalk {

    private ServiceLevelWalk() {
    }

    static void compare(ContractWalker walker, Place place, String name, YamlMapping base, YamlMapping head) {
        Set<String> judged = new HashSet<>();
        if (base.has("value") || head.has("value")) {
            judged.add("value");
            judged.add("unit");
            YamlNode bv = base.get("value").orElse(null);
            YamlNode hv = head.get("value").orElse(null);
            if (bv != null && hv != null && (!NodeValues.same(bv, hv) || !NodeValues.same(base.get("unit").orElse(null), head.get("unit").orElse(null)))) {
                String before = quantity(bv, base.text("unit"));
                String after = quantity(hv, head.text("unit"));
                ServiceLevels.Direction d = ServiceLevels.judge(text(bv), base.text("unit").orElse(null), text(hv),
                        head.text("unit").orElse(null), name.replaceAll("\\[.*", ""));
                report(walker, place, "value", d, before, after, bv, hv);
            } else {
                judged.remove("value");
            }
        } else {
            for (YamlMapping.Entry e : head.entries()) {
                YamlNode bv = base.get(e.name()).orElse(null);
                if (bv instanceof YamlScalar && e.value() instanceof YamlScalar && !NodeValues.absent(bv)
                        && !NodeValues.absent(e.value()) && !NodeValues.same(bv, e.value())) {
                    judged.add(e.name());
                    ServiceLevels.Direction d = ServiceLevels.judge(text(bv), null, text(e.value()), null, e.name(), name);
                    report(walker, place, e.name(), d, NodeValues.show(bv), NodeValues.show(e.value()), bv, e.value());
                }
            }
        }
        walker.mappingOf(Scope.SLA, place, base, head, judged);
    }

    private static void report(ContractWalker walker, Place place, String key, ServiceLevels.Direction d,
                               String before, String after, YamlNode bv, YamlNode hv) {
        String line = place.owner() + (key.equals("value") ? "" : " " + key) + " " + before + " → " + after;
        switch (d) {
            case WORSE -> walker.emitJudged(place.child(key), ContractRule.SLA_WORSENED, line + " (worse)", bv, hv, place.subject());
            case BETTER -> walker.emitJudged(place.child(key), ContractRule.SLA_IMPROVED, line + " (better)", bv, hv, place.subject());
            case UNKNOWN -> walker.emitJudged(place.child(key), ContractRule.SLA_CHANGED, line, bv, hv, place.subject());
        }
    }

    private static String quantity(YamlNode value, Optional<String> unit) {
        return NodeValues.show(value) + unit.map(u -> " " + u).orElse("");
    }

    private static String text(YamlNode node) {
        return node instanceof YamlScalar s ? s.value() : null;
    }
}
