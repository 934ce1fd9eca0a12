package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.Map;

/** The price of the data. */
public record Price(String id, java.math.BigDecimal priceAmount, String priceCurrency, String priceUnit,
        Map<String, YamlNode> extensions, SourceRange range) {

    public Price {
        extensions = OrderedMaps.copyOf(extensions);
    }
}
