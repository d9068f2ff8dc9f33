// Embedded Neo4j 5.26 community server with Bolt, for tests and local use.
// Runs in Java's single-file source mode (no compile step):
//   java -cp 'neo4j/lib/*' neo4j/Launcher.java      (run.sh adds the JVM flags)
// stdout carries exactly two lines, for scripts to wait on:
//   NEO4J READY bolt://127.0.0.1:PORT    once Bolt listens and the `neo4j` db answers
//   NEO4J STOPPED                        after a clean shutdown on SIGTERM/SIGINT
// Everything else (warnings, errors) goes to stderr; the full debug log stays
// in $NEO4J_HOME_DIR/logs/debug.log.

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingValueParsers;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;
import org.neo4j.logging.Level;
import org.neo4j.logging.log4j.Log4jLogProvider;

public class Launcher {

    public static void main(String[] args) throws Exception {
        // Keep the real stdout for the READY/STOPPED protocol and point System.out
        // at stderr, so nothing a library prints can get mixed into that protocol.
        final PrintStream protocol = System.out;
        System.setOut(System.err);

        int port = Integer.parseInt(env("NEO4J_PORT", "7687"));
        Path home = Paths.get(env("NEO4J_HOME_DIR", "neo4j/data")).toAbsolutePath().normalize();
        long pageCache = SettingValueParsers.BYTES.parse(env("NEO4J_PAGECACHE", "128m"));

        if ("1".equals(System.getenv("NEO4J_FRESH"))) {
            deleteHome(home);
        }
        Files.createDirectories(home);

        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(home)
                    // Bolt only, plain text, loopback: a local test server, never exposed.
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    // 5.26 community still has it in GraphDatabaseSettings (dbms.security.auth_enabled);
                    // no AuthSettings class ships in these jars.
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                    // No network beyond loopback here: don't phone home.
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Defaults preallocate 256 MiB tx log files per database (system + neo4j)
                    // and keep 2 days of them; a local test store needs neither the disk nor
                    // the history (only what crash recovery needs is kept).
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, "keep_none")
                    // A transaction a client left open would hold shutdown for 10 s before
                    // being rolled back; tests stop often, 2 s is enough to let one finish.
                    .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                    // Bolt's stop otherwise idles 5 s per Netty event-loop group (boss, then
                    // worker: 10 s) even with no clients. It runs after the databases are
                    // checkpointed and closed, so cutting it short is harmless; it only logs
                    // a "Termination of ... event loop group has exceeded" WARN to debug.log.
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    // The user log (startup banner etc.) to stderr, warnings and up only.
                    .setUserLogProvider(new Log4jLogProvider(System.err, Level.WARN))
                    .build();
        } catch (RuntimeException e) {
            e.printStackTrace();
            // Last line, so a log tail shows it: the root cause, e.g. "Address already in use".
            System.err.println("NEO4J FAILED to start: " + rootCause(e));
            System.exit(1);
            return;
        }

        final CountDownLatch stopped = new CountDownLatch(1);
        // SIGTERM/SIGINT run shutdown hooks: close the store cleanly so the next
        // start needs no recovery, then tell the waiting script we are done.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.shutdown();
                protocol.println("NEO4J STOPPED");
            } catch (Throwable t) {
                System.err.println("NEO4J shutdown failed: " + t);
            } finally {
                protocol.flush();
                stopped.countDown();
            }
        }, "neo4j-launcher-shutdown"));

        try {
            GraphDatabaseService db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            // build() returns before the default db may be online; wait for it, then
            // prove Cypher works before announcing READY.
            if (!db.isAvailable(Duration.ofSeconds(120).toMillis())) {
                throw new IllegalStateException("database 'neo4j' not available after 120s");
            }
            try (Transaction tx = db.beginTx()) {
                Object one = tx.execute("RETURN 1 AS one").next().get("one");
                if (!Long.valueOf(1L).equals(one)) {
                    throw new IllegalStateException("RETURN 1 gave " + one);
                }
                tx.commit();
            }
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.err.println("NEO4J FAILED health check: " + rootCause(e));
            System.exit(1); // runs the shutdown hook, which closes the store
            return;
        }

        protocol.println("NEO4J READY bolt://127.0.0.1:" + port);
        protocol.flush();
        // Neo4j's own threads keep the JVM alive; park main until the hook has run.
        stopped.await();
    }

    private static String rootCause(Throwable t) {
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    // NEO4J_FRESH=1 wipes the home dir. Guarded so a mistyped NEO4J_HOME_DIR can't
    // wipe something that isn't a Neo4j home: only an empty dir or one with data/databases.
    private static void deleteHome(Path home) throws IOException {
        if (!Files.exists(home)) {
            return;
        }
        boolean looksLikeNeo4jHome = Files.isDirectory(home.resolve("data").resolve("databases"));
        boolean empty;
        try (Stream<Path> s = Files.list(home)) {
            empty = s.findAny().isEmpty();
        }
        if (!looksLikeNeo4jHome && !empty) {
            System.err.println("NEO4J_FRESH=1 refused: " + home + " does not look like a Neo4j home (no data/databases)");
            System.exit(2);
        }
        try (Stream<Path> walk = Files.walk(home)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
