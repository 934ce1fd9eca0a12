package dev.steward.views.form.product;

import dev.steward.model.contract.ContractCompletionProvider;
import dev.steward.model.contract.schema.Spec;
import dev.steward.model.contract.schema.SpecPaths;
import dev.steward.model.mesh.completion.MeshNames;
import dev.steward.model.mesh.product.ProductStandard;
import dev.steward.model.mesh.schema.DpsSchema;
import dev.steward.model.mesh.schema.OdpsSchema;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.edit.YamlPath;
import dev.steward.model.yaml.edit.YamlValue;
import dev.steward.views.form.CellKind;
import dev.steward.views.form.ColumnSpec;
import dev.steward.views.form.ContractFormViewModel;
import dev.steward.views.form.RowsModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The state of the data product form (Bitol ODPS or DPS, whichever the text declares) and the edits it asks
 * for. The fields, tables and minimal text edits come from the form engine the contract form uses
 * ({@link ContractFormViewModel}: values read from the YAML, each change a few {@link TextEdit}s that keep
 * comments and layout); this class says where each value of a data product lives in either standard and which
 * choices it offers (the standard's values, the workspace's contracts, domains and teams).
 */
public final class ProductFormViewModel {

    /** Where a fundamental value lives, per standard. */
    public enum Fundamental {
        ID("id", "id"), NAME("name", "info.title"), DOMAIN("domain", "info.domain"), STATUS("status", "info.status"),
        VERSION("version", null), OWNER("team.name", "info.owner"), SPEC_VERSION("apiVersion", "dataProductSpecification");

        private final String odps;
        private final String dps;

        Fundamental(String odps, String dps) {
            this.odps = odps;
            this.dps = dps;
        }

        /** The path in {@code standard}; null when the standard has no such value (DPS has no product version). */
        public YamlPath path(ProductStandard standard) {
            String p = standard == ProductStandard.ODPS ? odps : dps;
            return p == null ? null : YamlPath.parse(p);
        }
    }

    public static final YamlPath INPUT_PORTS = YamlPath.parse("inputPorts");
    public static final YamlPath OUTPUT_PORTS = YamlPath.parse("outputPorts");

    private final ContractFormViewModel form;
    private final Supplier<MeshNames> names;
    private ProductStandard standard = ProductStandard.ODPS;
    private String text = "";

    /** {@code sink} receives the edits; {@code names} gives the workspace's contracts, domains and teams for choices. */
    public ProductFormViewModel(Consumer<List<TextEdit>> sink, Supplier<MeshNames> names) {
        this.form = new ContractFormViewModel(sink);
        this.names = Objects.requireNonNull(names, "names");
    }

    public void setText(String newText) {
        text = newText;
        ProductStandard.detect(newText).ifPresent(s -> standard = s);
        form.setText(newText);
    }

    public void setDocument(YamlDocument document) {
        text = document.text();
        ProductStandard.detect(text).ifPresent(s -> standard = s);
        form.setDocument(document);
    }

    /** The standard the text declares (ODPS until it declares one). */
    public ProductStandard standard() {
        return standard;
    }

    /** The form engine: editable state, problems, field values and edits. */
    public ContractFormViewModel form() {
        return form;
    }

    /** Sets a fundamental value from what the user typed; an empty text removes the key. */
    public void edit(Fundamental field, String value) {
        YamlPath path = field.path(standard);
        if (path != null) {
            form.edit(path, CellKind.TEXT, value);
        }
    }

    public String value(Fundamental field) {
        YamlPath path = field.path(standard);
        return path == null ? "" : form.field(path).get();
    }

    /** The choices for a fundamental: the standard's values for the status and spec version, the workspace's domains and teams. */
    public List<String> choices(Fundamental field) {
        MeshNames n = names.get();
        return switch (field) {
            case STATUS -> specValues(standard == ProductStandard.DPS ? List.of("info") : List.of(), "status");
            case DOMAIN -> n.domains().stream().map(MeshNames.Named::id).toList();
            case OWNER -> n.teams().stream().map(t -> standard == ProductStandard.ODPS && t.name() != null ? t.name() : t.id()).toList();
            case SPEC_VERSION -> (standard == ProductStandard.ODPS ? OdpsSchema.family() : DpsSchema.family()).specs().stream()
                    .map(s -> s.version().label()).toList().reversed();
            default -> List.of();
        };
    }

    /** The output port columns of the standard; the contract column offers the workspace's contract ids. */
    public List<ColumnSpec> outputColumns() {
        List<String> contracts = names.get().contracts().stream().map(MeshNames.Named::id).toList();
        List<String> types = specValues(List.of("outputPorts", SpecPaths.ITEM), "type");
        if (standard == ProductStandard.DPS) {
            return List.of(ColumnSpec.text("id", "ID", 130), ColumnSpec.text("name", "Name", 170),
                    ColumnSpec.choice("dataContractId", "Contract", contracts, 200), ColumnSpec.choice("type", "Type", types, 110),
                    ColumnSpec.of("containsPii", "PII", CellKind.BOOLEAN, 60),
                    ColumnSpec.choice("status", "Status", specValues(List.of("outputPorts", SpecPaths.ITEM), "status"), 100));
        }
        return List.of(ColumnSpec.text("name", "Name", 160), ColumnSpec.choice("contractId", "Contract", contracts, 220),
                ColumnSpec.text("version", "Version", 80), ColumnSpec.choice("type", "Type", types, 110),
                ColumnSpec.text("description", "Description", 200));
    }

    /**
     * The input port columns: ODPS names the contract consumed (offered: what other products' output ports
     * promise, then the other contracts); DPS the product or source system read from.
     */
    public List<ColumnSpec> inputColumns() {
        MeshNames n = names.get();
        if (standard == ProductStandard.DPS) {
            List<String> sources = new ArrayList<>(n.products().stream().map(MeshNames.ProductPorts::id).toList());
            n.sourceSystems().forEach(s -> sources.add(s.id()));
            return List.of(ColumnSpec.text("id", "ID", 130), ColumnSpec.text("name", "Name", 170),
                    ColumnSpec.choice("sourceSystemId", "Source (product or system)", sources, 220),
                    ColumnSpec.text("type", "Type", 110));
        }
        List<String> offered = new ArrayList<>();
        n.products().forEach(p -> p.outputPorts().values().stream().filter(Objects::nonNull)
                .filter(c -> !offered.contains(c)).forEach(offered::add));
        n.contracts().stream().map(MeshNames.Named::id).filter(c -> !offered.contains(c)).forEach(offered::add);
        return List.of(ColumnSpec.text("name", "Name", 160), ColumnSpec.choice("contractId", "Contract", offered, 240),
                ColumnSpec.text("version", "Version", 80));
    }

    public RowsModel outputPorts() {
        return form.rows(OUTPUT_PORTS, outputColumns());
    }

    public RowsModel inputPorts() {
        return form.rows(INPUT_PORTS, inputColumns());
    }

    /** A new output port, named so no other port has its name. */
    public YamlValue newOutputPort() {
        String name = freeName(outputPorts(), "output");
        return standard == ProductStandard.DPS ? YamlValue.strings("id", name, "name", name)
                : YamlValue.strings("name", name, "version", "1.0.0");
    }

    public YamlValue newInputPort() {
        String name = freeName(inputPorts(), "input");
        return standard == ProductStandard.DPS ? YamlValue.strings("id", name, "name", name)
                : YamlValue.strings("name", name, "version", "1.0.0");
    }

    private static String freeName(RowsModel rows, String base) {
        String name = base;
        for (int n = 2; taken(rows, name); n++) {
            name = base + "-" + n;
        }
        return name;
    }

    private static boolean taken(RowsModel rows, String name) {
        List<String> keys = rows.columns().stream().map(ColumnSpec::key).filter(k -> k.equals("name") || k.equals("id")).toList();
        return rows.rows().stream().anyMatch(r -> keys.stream().anyMatch(k -> r.value(k).equals(name)));
    }

    private List<String> specValues(List<String> path, String key) {
        Spec spec = standard == ProductStandard.ODPS ? OdpsSchema.family().latest() : DpsSchema.family().latest();
        return ContractCompletionProvider.valuesAt(spec, path, key);
    }
}
