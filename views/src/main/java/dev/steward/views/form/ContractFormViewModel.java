package dev.steward.views.form;

import dev.steward.model.diagnostic.Diagnostic;
import dev.steward.model.diagnostic.Severity;
import dev.steward.model.text.TextEdit;
import dev.steward.model.yaml.YamlDocument;
import dev.steward.model.yaml.YamlMapping;
import dev.steward.model.yaml.YamlNode;
import dev.steward.model.yaml.YamlParser;
import dev.steward.model.yaml.YamlSequence;
import dev.steward.model.yaml.edit.YamlEditException;
import dev.steward.model.yaml.edit.YamlEditor;
import dev.steward.model.yaml.edit.YamlPath;
import dev.steward.model.yaml.edit.YamlValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The state of the contract form, read from the current YAML text, and the edits it asks for.
 * Every change becomes a minimal list of {@link TextEdit}s handed to the sink (the code editor,
 * where it is one undoable change); the form itself never keeps a second copy of the contract.
 * While the text does not parse, the form keeps showing the last good state, refuses edits and
 * says which line to fix.
 */
public final class ContractFormViewModel {
    public static final YamlPath SCHEMA = YamlPath.parse("schema");

    static final List<ColumnSpec> SCHEMA_COLUMNS = List.of(ColumnSpec.text("name", "Name", 160),
            ColumnSpec.text("physicalName", "Physical name", 160), ColumnSpec.text("physicalType", "Physical type", 100),
            ColumnSpec.text("description", "Description", 240));
    static final List<ColumnSpec> PROPERTY_COLUMNS = List.of(ColumnSpec.text("name", "Name", 140),
            ColumnSpec.choice("logicalType", "Logical type", FormChoices.LOGICAL_TYPES, 124),
            ColumnSpec.text("physicalType", "Physical type", 134), ColumnSpec.of("required", "Required", CellKind.BOOLEAN, 98),
            ColumnSpec.of("unique", "Unique", CellKind.BOOLEAN, 80), ColumnSpec.of("primaryKey", "PK", CellKind.BOOLEAN, 52),
            ColumnSpec.of("primaryKeyPosition", "PK position", CellKind.INTEGER, 114),
            ColumnSpec.text("classification", "Classification", 126), ColumnSpec.text("description", "Description", 220));
    static final List<ColumnSpec> QUALITY_COLUMNS = List.of(ColumnSpec.choice("type", "Type", FormChoices.QUALITY_TYPES, 80),
            ColumnSpec.text("metric", "Metric", 110), ColumnSpec.text("query", "Query", 240),
            new ColumnSpec("operator", "Operator", CellKind.OPERATOR, QualityOperators.ALL, 150),
            ColumnSpec.of("value", "Value", CellKind.OPERATOR_VALUE, 70),
            ColumnSpec.choice("dimension", "Dimension", FormChoices.DIMENSIONS, 120),
            ColumnSpec.choice("severity", "Severity", FormChoices.SEVERITIES, 90));
    static final List<ColumnSpec> SLA_COLUMNS = List.of(ColumnSpec.text("property", "Property", 150),
            ColumnSpec.of("value", "Value", CellKind.AUTO, 100), ColumnSpec.text("unit", "Unit", 70),
            ColumnSpec.text("element", "Element", 220));
    static final List<ColumnSpec> SERVER_COLUMNS = List.of(ColumnSpec.text("server", "Server", 120),
            ColumnSpec.choice("type", "Type", FormChoices.SERVER_TYPES, 120),
            ColumnSpec.choice("environment", "Environment", FormChoices.ENVIRONMENTS, 130));
    static final List<ColumnSpec> MEMBER_COLUMNS = List.of(ColumnSpec.text("username", "Username", 150),
            ColumnSpec.text("role", "Role", 150), ColumnSpec.text("dateIn", "Date in", 110));

    private record TableKey(YamlPath path, List<ColumnSpec> columns) {
    }

    private final Consumer<List<TextEdit>> sink;
    private final YamlParser parser = new YamlParser();
    private final ReadOnlyBooleanWrapper editable = new ReadOnlyBooleanWrapper(this, "editable", false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper editError = new ReadOnlyStringWrapper(this, "editError", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision", 0);
    private final IntegerProperty selectedSchema = new SimpleIntegerProperty(this, "selectedSchema", -1);
    private final IntegerProperty selectedProperty = new SimpleIntegerProperty(this, "selectedProperty", -1);
    private final Map<YamlPath, ReadOnlyStringWrapper> fields = new LinkedHashMap<>();
    private final Map<TableKey, RowsModel> tables = new HashMap<>();
    private YamlDocument good;

    public ContractFormViewModel(Consumer<List<TextEdit>> sink) {
        this.sink = sink;
    }

    /** Reads the current text of the contract; call it whenever the text changes. */
    public void setText(String text) {
        if (good != null && editable.get() && text.equals(good.text())) {
            return; // the text this form just wrote, coming back from the editor
        }
        setDocument(parser.parse(text));
    }

    /** Like {@link #setText(String)}, for a caller that has parsed the text already (off the FX thread). */
    public void setDocument(YamlDocument doc) {
        Diagnostic error = doc.problems().stream().filter(d -> d.severity() == Severity.ERROR).findFirst().orElse(null);
        if (error != null) {
            problem.set("Fix the YAML error at line " + error.range().startLine() + " to edit in the form");
            editable.set(false);
            return;
        }
        if (doc.root().isPresent() && doc.rootMapping().isEmpty()) {
            problem.set("The form needs 'key: value' pairs at the top level; this file holds " + doc.root().get().describe());
            editable.set(false);
            return;
        }
        good = doc;
        problem.set("");
        editable.set(true);
        refresh();
    }

    private void refresh() {
        YamlNode root = root();
        fields.forEach((path, value) -> value.set(path.find(root).map(ColumnSpec::display).orElse("")));
        tables.values().forEach(t -> t.refresh(root));
        int objects = SCHEMA.find(root).filter(YamlSequence.class::isInstance).map(n -> ((YamlSequence) n).size()).orElse(0);
        int selected = selectedSchema.get();
        selectedSchema.set(objects == 0 ? -1 : Math.clamp(selected, 0, objects - 1));
        revision.set(revision.get() + 1);
    }

    private YamlNode root() {
        return good == null || good.root().isEmpty() ? new YamlMapping(List.of(), false, dev.steward.model.yaml.SourceRange.START)
                : good.root().get();
    }

    public ReadOnlyBooleanProperty editableProperty() {
        return editable.getReadOnlyProperty();
    }

    /** Why the form cannot be edited now, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the last edit was refused (a bad number, a key that exists...), or empty. */
    public ReadOnlyStringProperty editErrorProperty() {
        return editError.getReadOnlyProperty();
    }

    /** Counts the good texts read; views listen to it to rebuild parts whose shape depends on the text. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    public IntegerProperty selectedSchemaProperty() {
        return selectedSchema;
    }

    public IntegerProperty selectedPropertyProperty() {
        return selectedProperty;
    }

    /** The text of the value at {@code path}, kept up to date; the same property for the same path. */
    public ReadOnlyStringProperty field(YamlPath path) {
        return fields.computeIfAbsent(path, p -> new ReadOnlyStringWrapper(this, p.toString(),
                p.find(root()).map(ColumnSpec::display).orElse(""))).getReadOnlyProperty();
    }

    /** The items of the list at {@code listPath} as rows with {@code columns}; the same model for the same arguments. */
    public RowsModel rows(YamlPath listPath, List<ColumnSpec> columns) {
        return tables.computeIfAbsent(new TableKey(listPath, List.copyOf(columns)), k -> {
            RowsModel m = new RowsModel(k.path(), k.columns());
            m.refresh(root());
            return m;
        });
    }

    public RowsModel schemaObjects() {
        return rows(SCHEMA, SCHEMA_COLUMNS);
    }

    public RowsModel properties(int schemaIndex) {
        return rows(SCHEMA.index(schemaIndex).key("properties"), PROPERTY_COLUMNS);
    }

    public RowsModel slaProperties() {
        return rows(YamlPath.parse("slaProperties"), SLA_COLUMNS);
    }

    public RowsModel servers() {
        return rows(YamlPath.parse("servers"), SERVER_COLUMNS);
    }

    public RowsModel teamMembers() {
        return rows(teamIsList() ? YamlPath.parse("team") : YamlPath.parse("team.members"), MEMBER_COLUMNS);
    }

    /** ODCS 3.0 writes the team as a plain list of members; 3.1 as a mapping with a name and members. */
    public boolean teamIsList() {
        return YamlPath.parse("team").find(root()).filter(YamlSequence.class::isInstance).isPresent();
    }

    /** The places that may hold quality rules: each schema object and each of its properties. */
    public List<QualityTarget> qualityTargets() {
        List<QualityTarget> out = new ArrayList<>();
        RowsModel objects = schemaObjects();
        for (FormRow o : objects.rows()) {
            YamlPath objectPath = SCHEMA.index(o.index());
            String objectName = o.value("name").isEmpty() ? "object " + (o.index() + 1) : o.value("name");
            out.add(new QualityTarget(objectName, objectPath));
            for (FormRow p : properties(o.index()).rows()) {
                out.add(new QualityTarget(objectName + "." + (p.value("name").isEmpty() ? "#" + (p.index() + 1) : p.value("name")),
                        objectPath.key("properties").index(p.index())));
            }
        }
        return out;
    }

    public RowsModel qualityRules(QualityTarget target) {
        return rows(target.rulesPath(), QUALITY_COLUMNS);
    }

    /** Sets the value at {@code path} from what the user typed; an empty text removes the key. */
    public void edit(YamlPath path, CellKind kind, String text) {
        emit(editor -> new ValueWriter(editor).write(path, kind, text));
    }

    /** Writes one cell of a row. */
    public void editCell(RowsModel model, FormRow row, ColumnSpec column, String text) {
        YamlPath item = model.listPath().index(row.index());
        emit(editor -> new ValueWriter(editor).writeColumn(item, column, text));
    }

    public void addItem(YamlPath listPath, YamlValue item) {
        emit(editor -> editor.append(listPath, item));
    }

    public void removeItem(YamlPath listPath, int index) {
        emit(editor -> editor.remove(listPath.index(index)));
    }

    /** Appends a schema object named {@code new_object} (numbered when taken) and selects it. */
    public void addSchemaObject() {
        RowsModel objects = schemaObjects();
        addItem(SCHEMA, YamlValue.strings("name", freeName(objects, "name", "new_object"), "physicalType", "table"));
        selectedSchema.set(objects.rows().size() - 1);
    }

    public void addProperty(int schemaIndex) {
        RowsModel props = properties(schemaIndex);
        addItem(props.listPath(), YamlValue.strings("name", freeName(props, "name", "new_property"), "logicalType", "string"));
    }

    /** {@code base}, or {@code base_2}, {@code base_3}... whichever no row holds in column {@code key}. */
    static String freeName(RowsModel model, String key, String base) {
        String name = base;
        for (int n = 2; taken(model, key, name); n++) {
            name = base + "_" + n;
        }
        return name;
    }

    private static boolean taken(RowsModel model, String key, String name) {
        return model.rows().stream().anyMatch(r -> r.value(key).equals(name));
    }

    private void emit(Function<YamlEditor, List<TextEdit>> edit) {
        if (!editable.get() || good == null) {
            return; // never write over a text the form could not read
        }
        try {
            List<TextEdit> edits = edit.apply(new YamlEditor(good));
            editError.set("");
            if (!edits.isEmpty()) {
                String expected = TextEdit.applyAll(good.text(), edits);
                sink.accept(edits);
                // a sink that applies later must not leave the next edit computed against the old offsets
                setText(expected);
            }
        } catch (YamlEditException e) {
            editError.set(e.getMessage());
        }
    }
}
