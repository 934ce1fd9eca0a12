package dev.steward.model.contract.dcs;

import dev.steward.model.contract.schema.FieldList;
import dev.steward.model.contract.schema.ObjectType;
import dev.steward.model.contract.schema.ScalarShape;

/** The DCS {@code servicelevels} block (0.9.3 and later). */
final class DcsServiceLevels {
    private DcsServiceLevels() {
    }

    static ObjectType build() {
        ObjectType levels = new ObjectType("ServiceLevels", "the service levels", false);
        levels.field("availability", level("availability", "")
                .field("percentage", ScalarShape.matching(DcsSpecBuilder.percentage())));
        levels.field("retention", level("retention", "period timestampField unlimited:bool"));
        levels.field("latency", level("latency", "threshold sourceTimestampField processedTimestampField"));
        levels.field("freshness", level("freshness", "threshold timestampField"));
        levels.field("frequency", level("frequency", "interval cron")
                .field("type", ScalarShape.oneOf("batch", "micro-batching", "streaming", "manual")));
        levels.field("support", level("support", "time responseTime"));
        levels.field("backup", level("backup", "interval cron recoveryTime recoveryPoint"));
        return levels;
    }

    private static ObjectType level(String name, String fields) {
        ObjectType t = new ObjectType("ServiceLevel-" + name, "the " + name + " service level", false);
        t.field("description", ScalarShape.STRING);
        FieldList.parse(fields).values().forEach(t::field);
        return t;
    }
}
