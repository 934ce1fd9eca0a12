package dev.steward.model.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Pairs the elements of two revisions of one list by natural keys (names, never list positions) and
 * visits them in head order, each removed element just before the head element that followed it in
 * base, so a report reads like the head file. Keys are tried in turn: a second key pairs what the
 * first left alone (ODPS ports by name and version, then by name alone). Duplicate keys pair in
 * order; an element without a key (null) under one key function is passed over by it.
 */
public final class ElementMatcher {

    /** What the walk finds, in head order. */
    public interface Visitor<T> {
        void removed(T base);

        void added(T head);

        void kept(T base, T head);
    }

    private ElementMatcher() {
    }

    @SafeVarargs
    public static <T> void match(List<T> base, List<T> head, Visitor<T> visitor, Function<T, String>... keys) {
        Map<T, T> baseOfHead = new IdentityHashMap<>();
        Map<T, Boolean> pairedBase = new IdentityHashMap<>();
        for (Function<T, String> key : keys) {
            Map<String, ArrayDeque<T>> byKey = new HashMap<>();
            for (T b : base) {
                String k = key.apply(b);
                if (k != null && !pairedBase.containsKey(b)) {
                    byKey.computeIfAbsent(k, x -> new ArrayDeque<>()).add(b);
                }
            }
            for (T h : head) {
                String k = key.apply(h);
                ArrayDeque<T> candidates = k == null || baseOfHead.containsKey(h) ? null : byKey.get(k);
                T b = candidates == null ? null : candidates.poll();
                if (b != null) {
                    baseOfHead.put(h, b);
                    pairedBase.put(b, true);
                }
            }
        }
        Map<T, Integer> baseIndex = new IdentityHashMap<>();
        for (int i = 0; i < base.size(); i++) {
            baseIndex.put(base.get(i), i);
        }
        List<Boolean> emitted = new ArrayList<>(Collections.nCopies(base.size(), false));
        for (T h : head) {
            T b = baseOfHead.get(h);
            if (b == null) {
                visitor.added(h);
                continue;
            }
            int index = baseIndex.get(b);
            for (int i = 0; i < index; i++) {
                T earlier = base.get(i);
                if (!emitted.get(i) && !pairedBase.containsKey(earlier)) {
                    emitted.set(i, true);
                    visitor.removed(earlier);
                }
            }
            visitor.kept(b, h);
        }
        for (int i = 0; i < base.size(); i++) {
            if (!emitted.get(i) && !pairedBase.containsKey(base.get(i))) {
                visitor.removed(base.get(i));
            }
        }
    }
}
