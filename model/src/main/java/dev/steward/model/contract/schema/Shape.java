package dev.steward.model.contract.schema;

/** What a YAML node must look like at one place of a contract. */
public sealed interface Shape permits ScalarShape, ListShape, MapShape, ObjectType, ChoiceShape {

    /** The expectation in words, for messages: "a string", "true or false", "a list of strings". */
    String expected();
}
