package dev.steward.model.lineage;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.dcs.DcsContract;
import dev.steward.model.contract.odcs.OdcsContract;
import dev.steward.model.validation.ContractSummary;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A data contract as lineage sees it, ODCS or DCS alike: its tables (ODCS schema objects, DCS
 * models) and their columns (properties, fields; nested ones dotted), each with its YAML node.
 * {@code tables} line up with {@code summary.schemas()} and each table's {@code columns} with the
 * schema summary's properties.
 */
record ContractOutline(Path file, String id, ContractSummary summary, List<Table> tables) {

    record Table(String name, Optional<String> physicalName, YamlMapping node, List<Column> columns) {
    }

    record Column(String path, YamlMapping node) {
    }

    /** The outline of {@code text}, or empty when it is no contract (or has no root mapping). */
    static Optional<ContractOutline> read(Path file, String text, YamlParser parser) {
        Optional<ArtifactKind> kind = ArtifactDetector.detect(text);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        YamlDocument document = parser.parse(file, text);
        return switch (kind.get()) {
            case ODCS -> OdcsContract.of(document).map(c -> new ContractOutline(file, id(c.summary(), file), c.summary(),
                    c.schemas().stream().filter(s -> s.nameText() != null).map(ContractOutline::table).toList()));
            case DCS -> DcsContract.of(document).map(c -> new ContractOutline(file, id(c.summary(), file), c.summary(),
                    c.models().stream().map(ContractOutline::table).toList()));
            default -> Optional.empty();
        };
    }

    /** The contract's own name, else its id. */
    String displayName() {
        return summary.name() != null ? summary.name() : id;
    }

    private static Table table(OdcsContract.SchemaObject object) {
        YamlScalar physical = OdcsContract.text(object.node(), "physicalName");
        return new Table(object.nameText(), Optional.ofNullable(physical).map(YamlScalar::value), object.node(),
                object.allProperties().stream().map(p -> new Column(p.path(), p.node())).toList());
    }

    private static Table table(DcsContract.Model model) {
        return new Table(model.name().value(), Optional.empty(), model.node(),
                model.allFields().stream().map(f -> new Column(f.path(), f.node())).toList());
    }

    /** The contract's {@code id}, else its file name up to the first dot. */
    private static String id(ContractSummary summary, Path file) {
        if (summary.id() != null) {
            return summary.id();
        }
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
