package dev.steward.views.form;

import dev.steward.model.yaml.edit.YamlValue;
import java.util.LinkedHashMap;
import javafx.scene.Node;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Service-level properties: latency, retention, frequency... with value, unit and element. */
final class SlaSection {
    private SlaSection() {
    }

    static Node build(ContractFormViewModel vm) {
        ListSection sla = new ListSection(vm, "formSlaTable", "SLA properties", vm.slaProperties(),
                "No service levels yet: add one with +", SlaSection::newProperty);
        VBox page = FormLayout.page("SLA", "Promises about the data: how fresh, how long kept, how available.");
        page.getChildren().addAll(sla.bar(), sla.table().table());
        VBox.setVgrow(sla.table().table(), Priority.ALWAYS);
        return page;
    }

    private static YamlValue newProperty() {
        var m = new LinkedHashMap<String, YamlValue>();
        m.put("property", YamlValue.string("latency"));
        m.put("value", YamlValue.number(1));
        m.put("unit", YamlValue.string("d"));
        return new YamlValue.Mapping(m);
    }
}
