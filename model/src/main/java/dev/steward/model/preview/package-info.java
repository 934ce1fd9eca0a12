/**
 * Offline preview data: the workspace's dbt seeds ({@code seeds/*.csv}) loaded into an embedded,
 * in-memory H2 database. {@link dev.steward.model.preview.CsvReader} streams RFC 4180 rows,
 * {@link dev.steward.model.preview.ColumnTypeInference} picks column types (unless an ODCS contract
 * declares them, see {@link dev.steward.model.preview.ContractColumnTypes}), and
 * {@link dev.steward.model.preview.SeedDatabase} loads the tables and hands out a restricted,
 * SELECT-only connection for user queries. No JavaFX.
 */
package dev.steward.model.preview;
