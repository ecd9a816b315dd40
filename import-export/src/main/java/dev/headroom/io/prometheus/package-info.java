/**
 * Usage history straight from Prometheus: range queries over its HTTP API, one PromQL expression per
 * resource, split under the server's points-per-series limit, fetched in parallel with a bound, and rolled
 * up to the planning period by the same {@link dev.headroom.io.usage.UsageRollup} a file import uses.
 */
package dev.headroom.io.prometheus;
