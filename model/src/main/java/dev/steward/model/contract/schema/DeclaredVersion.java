package dev.steward.model.contract.schema;

import dev.steward.model.diagnostic.QuickFix;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * The version a document declares (ODCS {@code apiVersion}, DCS {@code dataContractSpecification})
 * and the spec it selects. Reading it reports a non-mapping document, a version of the wrong
 * type and an unsupported version; the checker then stops, since every further message would
 * depend on a version that is not known.
 */
public record DeclaredVersion(Spec spec, YamlScalar node) {

    /**
     * @param fallback the spec used when the key is absent (the checker then reports the missing key)
     */
    public static Optional<DeclaredVersion> read(YamlNode root, String key, SpecFamily family, Spec fallback,
                                                 String supported, Problems problems) {
        String standard = fallback.standard();
        if (!(root instanceof YamlMapping m)) {
            problems.error("type", root.range(), "A " + standard + " contract must be a mapping of keys (" + key
                    + ", ...), found " + root.describe());
            return Optional.empty();
        }
        Optional<YamlMapping.Entry> entry = m.entry(key);
        if (entry.isEmpty()) {
            return Optional.of(new DeclaredVersion(fallback, null));
        }
        YamlNode value = entry.get().value();
        if (!(value instanceof YamlScalar s) || value.isNull()) {
            problems.error("type", value.range().length() > 0 ? value.range() : entry.get().key().range(),
                    "'" + key + "' must be a version such as " + fallback.version() + ", found " + value.describe());
            return Optional.empty();
        }
        Optional<Spec> spec = family.find(s.value());
        if (spec.isEmpty()) {
            String message = key + " '" + s.value() + "' is not a supported " + standard + " version; supported: " + supported;
            if (!s.isString()) {
                message += " (write it as text, e.g. " + fallback.version() + ")";
            }
            problems.error("api-version", s.range(), message, List.of(new QuickFix("Change to " + fallback.version(),
                    List.of(YamlEdits.replace(s, fallback.version().label())))));
            return Optional.empty();
        }
        return Optional.of(new DeclaredVersion(spec.get(), s));
    }
}
