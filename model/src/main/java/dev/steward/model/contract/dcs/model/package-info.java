/**
 * The typed, immutable model of a Data Contract Specification (DCS 0.9.0 to 1.2.1) contract, read
 * by {@link dev.steward.model.contract.dcs.model.DcsContractReader} with the conventions of the
 * ODCS model ({@code contract.odcs.model}): every record carries its {@code SourceRange}; absent
 * keys are null or empty; unknown keys, wrong-typed values and repeated keys are kept in the
 * record's ordered {@code extensions()}. DCS maps of named objects (servers, models, fields,
 * definitions) become lists in source order, each record named by its key. DCS objects are open,
 * so valid contracts may carry extensions (custom keys such as {@code x-team}).
 */
package dev.steward.model.contract.dcs.model;
