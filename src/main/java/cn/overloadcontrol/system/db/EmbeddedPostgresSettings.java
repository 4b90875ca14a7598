package cn.overloadcontrol.system.db;

/**
 * Where the embedded PostgreSQL keeps its data, on which port it listens (0 picks a free one),
 * and whether the data directory is wiped at start, as the tests do.
 */
record EmbeddedPostgresSettings(String dataDirectory, int port, boolean clean) {
}
