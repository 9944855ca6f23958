package vn.thidua.process;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Serialises start-up work that must happen once however many nodes start together on one database: new rule
 * set versions, shared Tasklist filters. It takes the row lock Camunda itself takes for every deployment
 * ({@code ACT_GE_PROPERTY 'deployment.lock'}, {@code select … for update}), so it also waits for process
 * deployments of other nodes, and works on PostgreSQL and H2 alike. The lock is held until the transaction
 * ends; a node that waited then reads what the other one committed (READ COMMITTED) and finds nothing left to do.
 */
@Component
public class DeploymentLock {

    private static final String LOCK = "select value_ from act_ge_property where name_ = 'deployment.lock' for update";

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    public DeploymentLock(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Locks until the surrounding transaction ends. Process engine calls made after it join that transaction. */
    public void acquire() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("The deployment lock is only held within a transaction");
        }
        if (jdbc.sql(LOCK).query(String.class).optional().isEmpty()) {
            // Camunda creates the row with its schema; without it, nothing would be serialised.
            throw new IllegalStateException("Camunda's deployment lock row (ACT_GE_PROPERTY deployment.lock) is missing");
        }
    }

    /** Runs {@code work} in a transaction (or the caller's) that holds the lock. */
    public void run(Runnable work) {
        transaction.executeWithoutResult(status -> {
            acquire();
            work.run();
        });
    }
}
