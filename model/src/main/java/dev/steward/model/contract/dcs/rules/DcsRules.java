package dev.steward.model.contract.dcs.rules;

import dev.steward.model.contract.dcs.DcsContract;
import dev.steward.model.contract.dcs.DcsContract.Field;
import dev.steward.model.contract.dcs.DcsContract.Model;
import dev.steward.model.contract.semantic.ClassificationCheck;
import dev.steward.model.contract.semantic.Findings;
import dev.steward.model.contract.semantic.ReferenceResolver;
import dev.steward.model.contract.semantic.VersionCheck;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.validation.ValidationContext;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in DCS rules. They are the DCS counterparts of the ODCS rules, small enough to live
 * together: field references resolve, {@code info.version} is a semantic version,
 * {@code info.owner} is set, personal-data fields are classified; service levels are in
 * {@link ServiceLevelRule}.
 */
public final class DcsRules {

    public static final String REFERENCE = "dcs-reference-target";
    public static final String VERSION = "dcs-version-semver";
    public static final String OWNER = "dcs-owner-missing";
    public static final String PII = "dcs-pii-unclassified";
    public static final String SERVICE_LEVEL = "dcs-servicelevel-value";

    /** The rules by the id they report under, in the order they run. */
    private static final Map<String, DcsRule> ALL = ordered();

    private DcsRules() {
    }

    /** Every rule by the id it reports under, in the order they run. */
    public static Map<String, DcsRule> all() {
        return ALL;
    }

    private static Map<String, DcsRule> ordered() {
        Map<String, DcsRule> rules = new LinkedHashMap<>();
        rules.put(REFERENCE, DcsRules::checkReferences);
        rules.put(VERSION, DcsRules::checkVersion);
        rules.put(OWNER, DcsRules::checkOwner);
        rules.put(PII, DcsRules::checkPersonalData);
        rules.put(SERVICE_LEVEL, new ServiceLevelRule());
        return Collections.unmodifiableMap(rules);
    }

    /** {@code references: model.field} must name a field of this contract or of another contract of the workspace. */
    static void checkReferences(DcsContract contract, ValidationContext context, Findings findings) {
        ReferenceResolver resolver = new ReferenceResolver(contract.summary(), context.index(), contract.document().path());
        for (Model model : contract.models()) {
            for (Field field : model.allFields()) {
                field.node().get("references")
                        .filter(n -> n instanceof YamlScalar s && s.type() != YamlScalar.Type.NULL && !s.value().isBlank())
                        .map(YamlScalar.class::cast)
                        .ifPresent(ref -> resolver.check(ref.value()).ifPresent(problem -> problem.report(
                                contract.document(), ref, "Reference", Severity.WARNING, REFERENCE, findings)));
            }
        }
    }

    static void checkVersion(DcsContract contract, ValidationContext context, Findings findings) {
        VersionCheck.check(contract.root().mapping("info").flatMap(i -> i.get("version")), "info.version", VERSION, findings);
    }

    static void checkOwner(DcsContract contract, ValidationContext context, Findings findings) {
        Optional<YamlMapping.Entry> info = contract.root().entry("info");
        if (info.isEmpty() || !(info.get().value() instanceof YamlMapping infoMap)) {
            return; // missing or malformed info: the structural checker reports it
        }
        Optional<YamlMapping.Entry> owner = infoMap.entry("owner");
        if (owner.isEmpty() || owner.get().value().isNull()
                || owner.get().value() instanceof YamlScalar s && s.value().isBlank()) {
            YamlNode at = owner.<YamlNode>map(YamlMapping.Entry::key).orElse(info.get().key());
            findings.add(Severity.WARNING, OWNER, at.range(), "The contract has no owner: set 'info.owner' to the team"
                    + " that owns it, so consumers know who to ask and who approves changes");
        }
    }

    static void checkPersonalData(DcsContract contract, ValidationContext context, Findings findings) {
        for (Model model : contract.models()) {
            for (Field field : model.allFields()) {
                YamlMapping.Entry anchor = field.node().entry("type").orElse(null);
                ClassificationCheck.check(contract.document(), field.node(), field.name().value(), field.name(), anchor,
                        List.of("classification", "pii"), PII, "Field", findings);
            }
        }
    }
}
