/**
 * Semantic diff of data products, Bitol ODPS and DPS alike:
 * {@link dev.steward.model.diff.product.DataProductDiffer}. The product and its ports are read with
 * {@code dev.steward.model.mesh}, ports matched by name (ODPS by name and version first) and judged
 * by the rule tables of {@code ProductRules}. No JavaFX here.
 */
package dev.steward.model.diff.product;
