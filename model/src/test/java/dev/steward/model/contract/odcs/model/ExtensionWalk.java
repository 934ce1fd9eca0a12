package dev.steward.model.contract.odcs.model;

import dev.steward.model.yaml.YamlNode;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Walks a read contract (ODCS or DCS) and lists every extension with a readable path ("schema[0].properties[1].x"). */
public final class ExtensionWalk {
    private ExtensionWalk() {
    }

    public static List<String> of(Record root) {
        List<String> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(Object value, String path, List<String> out) {
        if (value instanceof Record r) {
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                Object v = get(c, r);
                String child = path.isEmpty() ? c.getName() : path + "." + c.getName();
                if (c.getName().equals("extensions")) {
                    @SuppressWarnings("unchecked")
                    Map<String, YamlNode> ext = (Map<String, YamlNode>) v;
                    ext.forEach((k, n) -> out.add((path.isEmpty() ? "" : path + ".") + k + " (line "
                            + n.range().startLine() + ")"));
                } else {
                    walk(v, child, out);
                }
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static Object get(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
