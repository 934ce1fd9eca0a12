package dev.steward.model.mesh.completion;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.completion.CompletionItem;
import dev.steward.model.completion.CompletionProvider;
import dev.steward.model.contract.ContractCompletionProvider;
import dev.steward.model.contract.CursorContext;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.SpecFamily;
import dev.steward.model.contract.schema.SpecPaths;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.mesh.schema.DpsSchema;
import dev.steward.model.mesh.schema.OdpsSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completes data product files (Bitol ODPS and DPS), also while the text does not parse: the keys and enum
 * values of the standard (from indentation, through {@link ContractCompletionProvider#fromSpec}); the
 * workspace's contract ids where a port's contract goes (ODPS {@code contractId}, DPS {@code dataContractId});
 * product ids and source systems where a DPS input port's {@code sourceSystemId} goes; domain names for {@code domain}; team names for the
 * owner; the port types already used in the file for an output port's {@code type}. Names are read from the
 * supplier at each request; thread-safe.
 */
public final class ProductCompletionProvider implements CompletionProvider {

    private static final Pattern TYPE_VALUE = Pattern.compile("(?m)^\\s*(?:-\\s+)?type\\s*:\\s*['\"]?([A-Za-z0-9_.-]+)");

    private final Supplier<MeshNames> names;

    public ProductCompletionProvider(Supplier<MeshNames> names) {
        this.names = Objects.requireNonNull(names, "names");
    }

    @Override
    public List<CompletionItem> complete(String text, int offset) {
        if (offset < 0 || offset > text.length()
                || ArtifactDetector.detect(text).filter(k -> k == ArtifactKind.DATA_PRODUCT).isEmpty()) {
            return List.of();
        }
        ProductStandard standard = ProductStandard.detect(text).orElse(ProductStandard.ODPS);
        CursorContext at = CursorContext.at(text, offset);
        if (at.atValue()) {
            List<Candidate> workspace = workspaceValues(standard, at, text);
            if (workspace != null) {
                return ranked(workspace, at);
            }
        }
        return ContractCompletionProvider.fromSpec(specOf(standard, text), text, offset);
    }

    /** The spec the product declares ({@code apiVersion} or {@code dataProductSpecification}), else the current one. */
    static Spec specOf(ProductStandard standard, String text) {
        SpecFamily family = standard == ProductStandard.ODPS ? OdpsSchema.family() : DpsSchema.family();
        Matcher m = Pattern.compile("(?m)^" + standard.versionKey() + "\\s*:\\s*['\"]?([^'\"\\s#]+)").matcher(text);
        return (m.find() ? family.find(m.group(1)) : Optional.<Spec>empty()).orElse(family.latest());
    }

    /** A value to offer and what it is. */
    private record Candidate(String value, String detail) {
    }

    /** Values from the workspace for the key at the cursor; null when the key takes the spec's values. */
    private List<Candidate> workspaceValues(ProductStandard standard, CursorContext at, String text) {
        MeshNames n = names.get();
        List<String> path = at.path();
        String key = at.key();
        boolean inInput = inPort(path, "inputPorts");
        boolean inOutput = inPort(path, "outputPorts");
        if (path.isEmpty() && key.equals(standard.versionKey())) {
            SpecFamily family = standard == ProductStandard.ODPS ? OdpsSchema.family() : DpsSchema.family();
            return family.specs().stream().map(s -> new Candidate(s.version().label(), standard.title())).toList().reversed();
        }
        if ((inInput || inOutput) && (key.equals("contractId") || key.equals("dataContractId"))) {
            return inInput ? offeredContracts(n) : n.contracts().stream()
                    .map(c -> new Candidate(c.id(), c.name() == null ? "data contract" : "contract " + c.name())).toList();
        }
        if (inInput && key.equals("sourceSystemId")) {
            List<Candidate> out = new ArrayList<>();
            n.products().forEach(p -> out.add(new Candidate(p.id(), "data product" + (p.name() == null ? "" : " " + p.name()))));
            n.sourceSystems().forEach(s -> out.add(new Candidate(s.id(), "source system" + (s.name() == null ? "" : " " + s.name()))));
            return out;
        }
        if (key.equals("domain") && (path.isEmpty() || path.equals(List.of("info")))) {
            return n.domains().stream().map(d -> new Candidate(d.id(), d.name() == null ? "domain" : "domain " + d.name())).toList();
        }
        if ((key.equals("name") && path.equals(List.of("team"))) || (key.equals("owner") && path.equals(List.of("info")))) {
            return n.teams().stream().map(t -> new Candidate(t.name() != null && key.equals("name") ? t.name() : t.id(),
                    "team" + (t.name() == null ? "" : " " + t.name()))).toList();
        }
        if (inOutput && key.equals("type")) {
            Set<String> types = new LinkedHashSet<>(SpecPaths.objectAt(specOf(standard, text), path, at.owners())
                    .map(t -> t.fieldFor(key, SpecPaths.mappingOf(at.siblings()))).map(SpecPaths::valuesOf).orElse(List.of()));
            Matcher m = TYPE_VALUE.matcher(text);
            while (m.find()) {
                types.add(m.group(1));
            }
            return types.stream().map(t -> new Candidate(t, "port type")).toList();
        }
        return null;
    }

    /** For an input port: the contracts other products offer (with the offering port first), then every other contract. */
    private static List<Candidate> offeredContracts(MeshNames n) {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (MeshNames.ProductPorts p : n.products()) {
            for (Map.Entry<String, String> port : p.outputPorts().entrySet()) {
                if (port.getValue() != null && seen.add(port.getValue())) {
                    out.add(new Candidate(port.getValue(), "output port " + port.getKey() + " of " + p.id()));
                }
            }
        }
        n.contracts().stream().filter(c -> seen.add(c.id()))
                .forEach(c -> out.add(new Candidate(c.id(), c.name() == null ? "data contract" : "contract " + c.name())));
        return out;
    }

    private static boolean inPort(List<String> path, String ports) {
        return path.size() == 2 && path.get(0).equals(ports) && path.get(1).equals(SpecPaths.ITEM);
    }

    /** Values starting with what was typed first, then those containing it, ignoring case. */
    private static List<CompletionItem> ranked(List<Candidate> candidates, CursorContext at) {
        return CompletionItem.matching(candidates.stream().filter(c -> c.value() != null)
                .map(c -> new CompletionItem(c.value(), c.value(), c.detail(), CompletionItem.Kind.REFERENCE,
                        at.replaceStart(), at.replaceEnd())).toList(), at.partial());
    }
}
