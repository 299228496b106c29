/**
 * The benchmark's SLA rules (W1 CVM single-instance, W2 CDN) in DuckDB SQL, run in-process over the
 * slakit CLI's CSV files: {@link io.slakit.bench.duckdb.DuckDbComparison} returns
 * {@link io.slakit.bench.duckdb.FleetTotals} to compare with slakit's own.
 */
package io.slakit.bench.duckdb;
