package dev.steward.model.contract.schema;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The structure of one version of a standard: the root object type and every object type
 * reachable from it, by id. {@code standard} names it in messages ("ODCS", "DCS");
 * {@code rulePrefix} starts its rule ids ("odcs", "dcs").
 */
public record Spec(String standard, String rulePrefix, Version version, ObjectType root, Map<String, ObjectType> types) {

    public static Spec of(String standard, String rulePrefix, Version version, ObjectType root) {
        Map<String, ObjectType> types = new LinkedHashMap<>();
        Deque<Shape> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            switch (todo.pop()) {
                case ObjectType t -> {
                    if (types.putIfAbsent(t.id(), t) == null) {
                        t.fields().values().forEach(f -> todo.push(f.shape()));
                        t.variants().forEach(v -> v.fields().values().forEach(f -> todo.push(f.shape())));
                    }
                }
                case ListShape l -> todo.push(l.items());
                case MapShape m -> todo.push(m.values());
                case ChoiceShape c -> {
                    for (Shape s : new Shape[] {c.whenMapping(), c.whenList(), c.whenScalar()}) {
                        if (s != null) {
                            todo.push(s);
                        }
                    }
                }
                case ScalarShape ignored -> { }
            }
        }
        return new Spec(standard, rulePrefix, version, root, Collections.unmodifiableMap(types));
    }

    public ObjectType type(String id) {
        return types.get(id);
    }
}
