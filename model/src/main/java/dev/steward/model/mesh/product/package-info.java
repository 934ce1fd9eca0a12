/**
 * Typed, immutable models of data product files: Bitol ODPS v0.9.0/v1.0.0 ({@link
 * dev.steward.model.mesh.product.OdpsProduct}) and the Data Product Specification 0.0.1 ({@link
 * dev.steward.model.mesh.product.DpsProduct}), read from the position-carrying YAML tree, and the
 * recogniser that tells them apart by content ({@link dev.steward.model.mesh.product.ProductStandard#detect}).
 *
 * <p>Same conventions as the ODCS model ({@code contract.odcs.model}): every record carries the
 * {@code SourceRange} of its node; absent keys are null or empty lists; keys the standard does not
 * define and values of the wrong type are kept in the record's ordered {@code extensions()} map.
 * Readers never validate and never throw on odd input. The Bitol structures ODPS shares with ODCS
 * (description, custom properties, authoritative definitions, support, team) reuse the ODCS records.
 */
package dev.steward.model.mesh.product;
