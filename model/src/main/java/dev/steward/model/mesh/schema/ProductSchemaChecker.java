package dev.steward.model.mesh.schema;

import dev.steward.model.contract.schema.DeclaredVersion;
import dev.steward.model.contract.schema.Problems;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.SpecChecker;
import dev.steward.model.contract.schema.SpecFamily;
import dev.steward.model.contract.schema.YamlEdits;
import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * Checks a data product document against the structure of the standard and version it declares
 * (Bitol ODPS {@code apiVersion}, DPS {@code dataProductSpecification}), with the declarative engine
 * of {@code contract.schema}. Rule ids start with {@code product-} ({@code product-required-key},
 * {@code product-unknown-key}, {@code product-type}, {@code product-version-construct}, ...).
 * Besides the standards' schemas it warns about the deprecated ODPS v0.9.0, an ODPS product without
 * output port or with a repeated port key (name + version), and a DPS file that does not declare its
 * version. Stateless and thread-safe.
 */
public final class ProductSchemaChecker {

    public static final String RULE_DEPRECATED_VERSION = OdpsSchema.RULE_PREFIX + "-deprecated-version";
    public static final String RULE_VERSION_MISSING = OdpsSchema.RULE_PREFIX + "-version-missing";
    public static final String RULE_NO_OUTPUT_PORT = OdpsSchema.RULE_PREFIX + "-" + OdpsPortRules.RULE_NO_OUTPUT_PORT;
    public static final String RULE_DUPLICATE_PORT = OdpsSchema.RULE_PREFIX + "-" + OdpsPortRules.RULE_DUPLICATE_PORT;

    public List<Diagnostic> check(YamlDocument document, ProductStandard standard) {
        if (document.root().isEmpty()) {
            return List.of();
        }
        YamlNode root = document.root().get();
        Problems problems = new Problems(document, OdpsSchema.RULE_PREFIX);
        if (!(root instanceof YamlMapping m)) {
            problems.error("type", root.range(), "A data product must be a mapping of keys ("
                    + (standard == ProductStandard.ODPS ? "apiVersion, kind, id, status" : "dataProductSpecification, id, info")
                    + ", ...), found " + root.describe());
            return problems.all();
        }
        SpecFamily family = standard == ProductStandard.ODPS ? OdpsSchema.family() : DpsSchema.family();
        Spec fallback = family.latest();
        String key = standard.versionKey();
        Optional<DeclaredVersion> declared = DeclaredVersion.read(m, key, family, fallback, family.labels(), problems);
        if (declared.isEmpty()) {
            return problems.all();
        }
        DeclaredVersion d = declared.get();
        if (d.node() == null && standard == ProductStandard.DPS) {
            versionMissing(document, m, problems);
        } else if (d.node() != null && d.spec().version().label().equals(OdpsSchema.DEPRECATED)
                && standard == ProductStandard.ODPS) {
            problems.warning("deprecated-version", d.node().range(), "ODPS " + OdpsSchema.DEPRECATED
                    + " is deprecated since " + OdpsSchema.CURRENT + " was approved (2025-09-24); declare apiVersion: "
                    + OdpsSchema.CURRENT, List.of(new QuickFix("Change to " + OdpsSchema.CURRENT,
                            List.of(YamlEdits.replace(d.node(), OdpsSchema.CURRENT)))));
        }
        new SpecChecker(d.spec(), family, problems, d.node(), key).checkDocument(m);
        return problems.all();
    }

    private static void versionMissing(YamlDocument document, YamlMapping m, Problems problems) {
        int offset = m.entries().isEmpty() ? m.range().startOffset() : m.entries().getFirst().key().range().startOffset();
        boolean lineStart = offset == 0 || document.text().charAt(offset - 1) == '\n';
        List<QuickFix> fixes = lineStart ? List.of(new QuickFix("Add 'dataProductSpecification: " + DpsSchema.CURRENT + "'",
                List.of(new TextEdit(offset, 0, "dataProductSpecification: " + DpsSchema.CURRENT + "\n")))) : List.of();
        problems.warning("version-missing", m.entries().isEmpty() ? m.range() : m.entries().getFirst().key().range(),
                "This data product does not say which Data Product Specification it follows; declare"
                        + " 'dataProductSpecification: " + DpsSchema.CURRENT + "' (the only version) so tools recognise it",
                fixes);
    }
}
