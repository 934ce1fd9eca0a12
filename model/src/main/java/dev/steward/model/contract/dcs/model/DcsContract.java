package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.odcs.model.OrderedMaps;
import dev.steward.model.yaml.SourceRange;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Map;

/**
 * A Data Contract Specification (DCS 0.9.0 to 1.2.1) contract as immutable records. Read one with
 * {@link DcsContractReader#read}. Servers, models, definitions and service levels are maps in
 * DCS: they are lists here, in source order, each record named by its key.
 */
public record DcsContract(String dataContractSpecification, String id, DcsInfo info, List<DcsServer> servers,
        DcsTerms terms, List<DcsModel> models, List<DcsField> definitions, DcsServiceLevels servicelevels,
        Map<String, String> links, List<String> tags, List<DcsExample> examples, DcsSpecification quality,
        DcsSpecification schema, Map<String, YamlNode> extensions, SourceRange range) {

    public DcsContract {
        servers = List.copyOf(servers);
        models = List.copyOf(models);
        definitions = List.copyOf(definitions);
        links = OrderedMaps.copyOf(links);
        tags = List.copyOf(tags);
        examples = List.copyOf(examples);
        extensions = OrderedMaps.copyOf(extensions);
    }
}
