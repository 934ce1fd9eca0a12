package dev.steward.model.bench;

import java.util.List;

/** A generated table other tables may point to: its name and primary key columns (one, or two for composite keys). */
record TableRef(String name, List<String> keyColumns) {

    TableRef {
        keyColumns = List.copyOf(keyColumns);
    }

    boolean composite() {
        return keyColumns.size() > 1;
    }
}
