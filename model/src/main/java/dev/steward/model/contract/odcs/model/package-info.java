/**
 * The typed, immutable model of an ODCS data contract (v3.0.0 to the v3.2.0 draft), read from the
 * position-carrying YAML tree by {@link dev.steward.model.contract.odcs.model.DataContractReader}.
 *
 * <p>Every record carries the {@code SourceRange} of its node. Scalar fields are plain Java values;
 * absent keys are null or empty lists, never defaults. Keys a record does not model (not in any
 * version of the standard for that object), values of the wrong type and repeated keys are kept,
 * unchanged, in the record's ordered {@code extensions()} map, so a diff or a round trip sees them.
 * The model is the union of all versions: a key of another version than the one declared (an
 * {@code id} in a v3.0.0 contract, say) is read into its typed field, and reporting it is the
 * validator's job, not the reader's. A repeated key is kept as {@code key#line}. The reader
 * never validates and never throws on odd input.
 */
package dev.steward.model.contract.odcs.model;
