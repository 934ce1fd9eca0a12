/**
 * A small declarative engine for the structure of data contract standards.
 *
 * <p>A {@link dev.steward.model.contract.schema.Spec} describes one version of a standard: object
 * types ({@link dev.steward.model.contract.schema.ObjectType}, closed or open to extension keys)
 * with typed fields, required keys, enums and patterns, and
 * {@link dev.steward.model.contract.schema.Variant}s that add keys, requirements and rules when a
 * condition holds (a server's type, a quality check's type, a property's logicalType). Versions of
 * a standard form a {@link dev.steward.model.contract.schema.SpecFamily}; object types keep their
 * id across versions, which lets the {@link dev.steward.model.contract.schema.SpecChecker} tell a
 * plain mistake from a construct of a later version.
 *
 * <p>Specs are written in Java from the standards. The official JSON Schemas are test oracles
 * only; nothing here reads them. Specs are built once and shared; checking allocates little and
 * never throws on odd input.
 */
package dev.steward.model.contract.schema;
