/**
 * Server diagnostics, kept out of the engine: a {@link dev.javelin.metrics.ServerSampler} turns a
 * {@link dev.javelin.engine.server.ServerEngine}'s counters into figures per interval, which a
 * {@link dev.javelin.metrics.ServerStatusLog} logs as one status line every few seconds, a
 * {@link dev.javelin.metrics.ServerStatsRecorder} records as the JFR event {@code dev.javelin.ServerStats}, and
 * {@link dev.javelin.metrics.ServerMetrics} publishes through Micrometer, which a
 * {@link dev.javelin.metrics.PrometheusEndpoint} serves over HTTP.
 */
package dev.javelin.metrics;
