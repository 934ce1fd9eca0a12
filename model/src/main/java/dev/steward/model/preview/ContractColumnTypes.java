package dev.steward.model.preview;

import dev.steward.model.artifact.ArtifactDetector;
import dev.steward.model.artifact.ArtifactKind;
import dev.steward.model.contract.odcs.model.DataContract;
import dev.steward.model.contract.odcs.model.DataContractReader;
import dev.steward.model.contract.odcs.model.SchemaObject;
import dev.steward.model.contract.odcs.model.SchemaProperty;
import dev.steward.model.workspace.FileTextReader;
import dev.steward.model.workspace.WorkspaceScanner;
import dev.steward.model.yaml.YamlParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column types ODCS contracts declare for seed tables. A schema object matches a seed when its
 * {@code name} (or {@code physicalName}) equals the seed's file name without {@code .csv}, ignoring
 * case; a property matches a CSV column the same way. A property's {@code physicalType} decides
 * when Steward knows it (BIGINT, VARCHAR(320), NUMERIC(8,1), TIMESTAMP WITH TIME ZONE, UUID, ...),
 * else its {@code logicalType} (integer = BIGINT, number = DECIMAL, string = VARCHAR, date, boolean,
 * timestamp = TIMESTAMP WITH TIME ZONE, object/array = VARCHAR). When two contracts describe the same
 * table the first one found (files in path order) wins. Immutable.
 */
public final class ContractColumnTypes {

    /**
     * One declared column: its type and which contract said so (for messages). {@code type} is
     * empty when the contract gives no type Steward knows (the values then decide).
     */
    public record DeclaredColumn(String name, Optional<ColumnType> type, String declaration, Path contract) {
    }

    /** The declared columns of one schema object, in contract order. */
    public record DeclaredTable(String name, Path contract, List<DeclaredColumn> columns) {
        public DeclaredTable {
            columns = List.copyOf(columns);
        }

        public Optional<DeclaredColumn> column(String name) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst();
        }
    }

    public static final ContractColumnTypes NONE = new ContractColumnTypes(Map.of());

    private static final Pattern PHYSICAL = Pattern.compile("([A-Z_ 0-9]*?[A-Z_])\\s*(?:\\(\\s*(\\d+)\\s*(?:,\\s*(\\d+)\\s*)?\\))?");

    private final Map<String, DeclaredTable> tables;

    private ContractColumnTypes(Map<String, DeclaredTable> tables) {
        this.tables = Map.copyOf(tables);
    }

    /** Reads every ODCS contract under {@code workspaceRoot}; files that do not parse are ignored (the linter reports them). */
    public static ContractColumnTypes scan(Path workspaceRoot) {
        List<DataContract> contracts = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        FileTextReader reader = new FileTextReader();
        for (Path file : new WorkspaceScanner().scan(List.of(workspaceRoot)).files()) {
            if (!WorkspaceScanner.isYamlName(file)) {
                continue;
            }
            FileTextReader.Result text = reader.read(file);
            if (!text.ok() || ArtifactDetector.detect(text.text()).orElse(null) != ArtifactKind.ODCS) {
                continue;
            }
            DataContractReader.read(new YamlParser().parse(file, text.text())).ifPresent(c -> {
                contracts.add(c);
                paths.add(file);
            });
        }
        return of(contracts, paths);
    }

    /** The declarations of {@code contracts}; {@code paths.get(i)} is where contract {@code i} was read from. */
    public static ContractColumnTypes of(List<DataContract> contracts, List<Path> paths) {
        Map<String, DeclaredTable> tables = new LinkedHashMap<>();
        for (int i = 0; i < contracts.size(); i++) {
            Path path = paths.get(i);
            for (SchemaObject object : contracts.get(i).schema()) {
                if (object.name() == null) {
                    continue;
                }
                List<DeclaredColumn> columns = new ArrayList<>();
                for (SchemaProperty p : object.properties()) {
                    if (p.name() != null) {
                        columns.add(new DeclaredColumn(p.name(), typeOf(p), declaration(p), path));
                    }
                }
                DeclaredTable table = new DeclaredTable(object.name(), path, columns);
                tables.putIfAbsent(object.name().toLowerCase(Locale.ROOT), table);
                if (object.physicalName() != null) {
                    tables.putIfAbsent(object.physicalName().toLowerCase(Locale.ROOT), table);
                }
            }
        }
        return new ContractColumnTypes(tables);
    }

    /** The contract table for the seed named {@code seedName} (file name without {@code .csv}). */
    public Optional<DeclaredTable> table(String seedName) {
        return Optional.ofNullable(tables.get(seedName.toLowerCase(Locale.ROOT)));
    }

    /** The preview type of a property, or empty when neither its physical nor its logical type is known. */
    public static Optional<ColumnType> typeOf(SchemaProperty property) {
        Optional<ColumnType> physical = physicalType(property.physicalType());
        return physical.isPresent() ? physical : logicalType(property.logicalType());
    }

    static Optional<ColumnType> physicalType(String physicalType) {
        if (physicalType == null) {
            return Optional.empty();
        }
        Matcher m = PHYSICAL.matcher(physicalType.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " "));
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1);
        int first = m.group(2) == null ? 0 : (int) Math.min(Long.parseLong(m.group(2)), ColumnType.MAX_PRECISION);
        int second = m.group(3) == null ? 0 : (int) Math.min(Long.parseLong(m.group(3)), first);
        return Optional.ofNullable(switch (name) {
            case "BOOLEAN", "BOOL" -> ColumnType.BOOLEAN;
            case "TINYINT", "SMALLINT", "INT2" -> ColumnType.SMALLINT;
            case "INTEGER", "INT", "INT4" -> ColumnType.INTEGER;
            case "BIGINT", "INT8", "LONG" -> ColumnType.BIGINT;
            case "DECIMAL", "NUMERIC", "NUMBER", "DEC" -> ColumnType.decimal(first, first == 0 ? 0 : second);
            case "DOUBLE", "DOUBLE PRECISION", "FLOAT", "FLOAT8", "FLOAT4", "REAL" -> ColumnType.DOUBLE;
            case "DATE" -> ColumnType.DATE;
            case "TIMESTAMP", "DATETIME", "TIMESTAMP WITHOUT TIME ZONE", "TIMESTAMP_NTZ" -> ColumnType.TIMESTAMP;
            case "TIMESTAMP WITH TIME ZONE", "TIMESTAMPTZ", "TIMESTAMP_TZ", "TIMESTAMP_LTZ" -> ColumnType.TIMESTAMP_TZ;
            case "UUID" -> ColumnType.UUID;
            case "VARCHAR", "CHAR", "CHARACTER", "CHARACTER VARYING", "NVARCHAR", "NCHAR", "STRING", "TEXT" ->
                    ColumnType.varchar(first);
            case "JSON", "JSONB", "VARIANT", "OBJECT", "ARRAY", "STRUCT", "MAP" -> ColumnType.VARCHAR;
            default -> null;
        });
    }

    static Optional<ColumnType> logicalType(String logicalType) {
        if (logicalType == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (logicalType.strip().toLowerCase(Locale.ROOT)) {
            case "integer" -> ColumnType.BIGINT;
            case "number" -> ColumnType.decimal(0, 0);
            case "boolean" -> ColumnType.BOOLEAN;
            case "date" -> ColumnType.DATE;
            case "timestamp" -> ColumnType.TIMESTAMP_TZ;
            case "string", "object", "array", "time" -> ColumnType.VARCHAR;
            default -> null;
        });
    }

    private static String declaration(SchemaProperty p) {
        if (physicalType(p.physicalType()).isPresent() || p.logicalType() == null) {
            return "physicalType " + p.physicalType();
        }
        return "logicalType " + p.logicalType();
    }
}
