package vn.thidua.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL server for the whole test JVM, started on first use; every Spring context and every test
 * that needs a database of its own gets a fresh, empty one on it ({@link #newDatabase()}). Starting a server costs
 * an initdb; creating a database costs a copy of the empty template. {@link OrderlyContextShutdown} stops the server
 * after it has closed the Spring contexts (their engines need the database to shut down); the server's own shutdown
 * hook stops it when the JVM ends otherwise.
 */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    /** The server, started with the settings of every test database: Vietnam's time zone, no fsync. */
    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    /** Creates an empty database on the server and returns its JDBC URL (user postgres, no password). */
    public static String newDatabase() {
        return server().getJdbcUrl("postgres", createDatabase());
    }

    /** Creates an empty database on the server and returns a plain data source of it. */
    public static DataSource newDataSource() {
        return server().getDatabase("postgres", createDatabase());
    }

    private static String createDatabase() {
        String name = "thidua" + DATABASES.incrementAndGet();
        try (Connection connection = server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
        return name;
    }

    /** Stops the server if it was started; only once nothing uses it any more. */
    static synchronized void stop() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                server = null;
            }
        }
    }
}
