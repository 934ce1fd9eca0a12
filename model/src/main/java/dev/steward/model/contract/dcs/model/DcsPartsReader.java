package dev.steward.model.contract.dcs.model;

import dev.steward.model.contract.dcs.DcsSchema;
import dev.steward.model.contract.odcs.model.FieldReader;
import dev.steward.model.contract.odcs.model.SpecKeys;
import dev.steward.model.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Reads the DCS blocks other than fields: info, servers, terms, models, service levels, examples. */
final class DcsPartsReader {

    /** Every type-specific server field of every DCS version, taken from the declarative spec. */
    private static final Set<String> SERVER_FIELDS = SpecKeys.variantKeys(DcsSchema.family(), "Server",
            Set.of("type", "description", "environment", "roles"));

    /** The service levels of the standard, each read with the fields the spec gives it. */
    private static final List<String> LEVELS = List.of("availability", "retention", "latency", "freshness",
            "frequency", "support", "backup");

    private DcsPartsReader() {
    }

    static DcsInfo info(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsInfo(f.text("title"), f.text("version"), f.text("status"), f.text("description"),
                f.text("owner"), f.object("contact", DcsPartsReader::contact), f.text("dataProduct"),
                f.text("outputPort"), f.extensions(), m.range());
    }

    private static DcsContact contact(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsContact(f.text("name"), f.text("url"), f.text("email"), f.extensions(), m.range());
    }

    static DcsServer server(String name, YamlMapping m) {
        FieldReader f = new FieldReader(m);
        String type = f.text("type");
        String description = f.text("description");
        String environment = f.text("environment");
        var roles = f.objects("roles", r -> {
            FieldReader rf = new FieldReader(r);
            return new DcsServerRole(rf.text("name"), rf.text("description"), rf.extensions(), r.range());
        });
        return new DcsServer(name, type, description, environment, roles, f.textsOf(SERVER_FIELDS), f.extensions(),
                m.range());
    }

    static DcsTerms terms(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsTerms(f.text("usage"), f.text("limitations"), f.text("billing"), f.text("noticePeriod"),
                f.objects("policies", p -> {
                    FieldReader pf = new FieldReader(p);
                    return new DcsPolicy(pf.text("type"), pf.text("description"), pf.text("url"), pf.extensions(),
                            p.range());
                }), f.extensions(), m.range());
    }

    static DcsModel model(String name, YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsModel(name, f.text("type"), f.text("title"), f.text("description"),
                f.namedObjects("fields", DcsFieldReader::field), f.texts("primaryKey"), f.nodes("examples"),
                DcsFieldReader.quality(f), f.bool("additionalFields"), f.openObject("config"), f.extensions(),
                m.range());
    }

    static DcsServiceLevels serviceLevels(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        List<DcsServiceLevel> levels = new ArrayList<>();
        for (String level : LEVELS) {
            DcsServiceLevel read = f.object(level, l -> serviceLevel(level, l));
            if (read != null) {
                levels.add(read);
            }
        }
        levels.sort(Comparator.comparingInt(l -> l.range().startOffset()));
        return new DcsServiceLevels(levels, f.extensions(), m.range());
    }

    private static DcsServiceLevel serviceLevel(String name, YamlMapping m) {
        FieldReader f = new FieldReader(m);
        String description = f.text("description");
        Set<String> known = SpecKeys.keys(DcsSchema.family(), "ServiceLevel-" + name, Set.of("description"));
        return new DcsServiceLevel(name, description, f.textsOf(known), f.extensions(), m.range());
    }

    static DcsExample example(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsExample(f.text("type"), f.text("description"), f.text("model"), f.raw("data"), f.extensions(),
                m.range());
    }

    static DcsSpecification specification(YamlMapping m) {
        FieldReader f = new FieldReader(m);
        return new DcsSpecification(f.text("type"), f.raw("specification"), f.extensions(), m.range());
    }
}
