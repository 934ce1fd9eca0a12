package dev.steward.model.contract.odcs.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Unmodifiable copies of maps that keep their order ({@code Map.copyOf} does not), for the typed models. */
public final class OrderedMaps {
    private OrderedMaps() {
    }

    public static <K, V> Map<K, V> copyOf(Map<K, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
