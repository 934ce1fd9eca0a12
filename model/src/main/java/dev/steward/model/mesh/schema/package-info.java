/**
 * The structure of the data product standards, declared with the engine of
 * {@code dev.steward.model.contract.schema}: Bitol ODPS v0.9.0 and v1.0.0 (closed objects; a v1.0.0
 * construct in a v0.9.0 file is reported as such with a fix that bumps {@code apiVersion}) and the
 * Data Product Specification 0.0.1 (open objects, extensible enums). Written from the standards;
 * their JSON Schemas are test oracles only. Rule ids start with {@code product-}.
 */
package dev.steward.model.mesh.schema;
