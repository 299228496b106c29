/**
 * Fleet-scale benchmarks: the seeded W1 (CVM incidents) and W2 (CDN windows) workloads, JMH
 * benchmarks of the fleet path in memory, the end-to-end benchmark command over the CLI's file
 * formats, and the same rules in DuckDB SQL for a side-by-side comparison.
 */
package io.slakit.bench;
