package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/** The {@code terms} block. */
public record DcsTerms(String usage, String limitations, String billing, String noticePeriod, List<DcsPolicy> policies,
        Map<String, YamlNode> extensions, SourceRange range) {

    public DcsTerms {
        policies = List.copyOf(policies);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
