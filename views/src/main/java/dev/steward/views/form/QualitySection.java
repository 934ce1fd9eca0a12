package dev.steward.views.form;

import dev.steward.model.yaml.edit.YamlValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The quality rules of one schema object or property, chosen in a list that follows the schema selection. */
final class QualitySection {
    private final ContractFormViewModel vm;
    private final ComboBox<QualityTarget> target = new ComboBox<>();
    private ListSection rules;

    private QualitySection(ContractFormViewModel vm) {
        this.vm = vm;
    }

    static Node build(ContractFormViewModel vm) {
        return new QualitySection(vm).layout();
    }

    private Node layout() {
        target.setId("formQualityTarget");
        target.setPrefWidth(260);
        refreshTargets();
        vm.revisionProperty().addListener((o, a, b) -> refreshTargets());
        QualityTarget first = target.getValue();
        rules = new ListSection(vm, "formQualityTable", "Rules",
                first == null ? vm.rows(ContractFormViewModel.SCHEMA.index(0).key("quality"), ContractFormViewModel.QUALITY_COLUMNS)
                        : vm.qualityRules(first),
                "No rules here yet: add one with +", QualitySection::newRule);
        target.valueProperty().addListener((o, a, now) -> {
            if (now != null) {
                rules.table().setModel(vm.qualityRules(now));
            }
        });
        rules.table().table().disableProperty().bind(target.valueProperty().isNull());
        Label label = new Label("Rules of");
        HBox chooser = new HBox(8, label, target);
        chooser.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox page = FormLayout.page("Quality", "Checks on a schema object or one of its properties: a metric or a query, "
                + "compared with an operator and a value.");
        page.getChildren().addAll(chooser, rules.bar(), rules.table().table());
        VBox.setVgrow(rules.table().table(), Priority.ALWAYS);
        return page;
    }

    /** Keeps the choices in step with the schema; keeps the chosen target, else follows the schema selection. */
    private void refreshTargets() {
        List<QualityTarget> now = vm.qualityTargets();
        QualityTarget chosen = target.getValue();
        if (!now.equals(target.getItems())) {
            target.getItems().setAll(now);
        }
        QualityTarget keep = chosen == null ? null
                : now.stream().filter(t -> t.path().equals(chosen.path())).findFirst().orElse(null);
        if (keep == null) {
            keep = defaultTarget(now);
        }
        if (!Objects.equals(keep, target.getValue())) {
            target.setValue(keep);
        }
    }

    private QualityTarget defaultTarget(List<QualityTarget> targets) {
        int object = vm.selectedSchemaProperty().get();
        int property = vm.selectedPropertyProperty().get();
        var objectPath = ContractFormViewModel.SCHEMA.index(Math.max(0, object));
        var wanted = property >= 0 ? objectPath.key("properties").index(property) : objectPath;
        return targets.stream().filter(t -> t.path().equals(wanted)).findFirst()
                .orElse(targets.isEmpty() ? null : targets.getFirst());
    }

    private static YamlValue newRule() {
        var m = new LinkedHashMap<String, YamlValue>();
        m.put("type", YamlValue.string("library"));
        m.put("metric", YamlValue.string("nullValues"));
        m.put("mustBe", YamlValue.number(0));
        m.put("dimension", YamlValue.string("completeness"));
        return new YamlValue.Mapping(m);
    }
}
