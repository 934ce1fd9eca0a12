package dev.steward.model.semantic.navigation;

import dev.steward.model.yaml.SourceRange;

/**
 * A name written in one file, before the workspace says what it names. {@code scope} is the semantic
 * model (for {@link Expect#DIMENSION_OF_MODEL}) or the entity the name is reached through (for
 * {@link Expect#DIMENSION_VIA_ENTITY} and {@link Expect#GROUP_BY_NAME}); empty otherwise.
 */
record PendingReference(Expect expect, String scope, String name, SourceRange range) {

    enum Expect {
        MEASURE, METRIC, ENTITY,
        /** A dimension of a known model: {@code agg_time_dimension}, {@code non_additive_dimension}. */
        DIMENSION_OF_MODEL,
        /** The dimension part of {@code entity__dimension}. */
        DIMENSION_VIA_ENTITY,
        /** A bare query name: {@code customer__region} (dimension), {@code order__customer} or {@code customer} (entity). */
        GROUP_BY_NAME,
        /** An order-by name: a metric, or a group-by name. */
        ORDER_BY_NAME,
        /**
         * A conversion metric's constant property: a dimension (or entity) of the model of the input
         * measure or metric named by {@code scope}.
         */
        ELEMENT_OF_INPUT
    }
}
