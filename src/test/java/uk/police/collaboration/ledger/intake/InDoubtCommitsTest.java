package uk.police.collaboration.ledger.intake;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.io.EOFException;
import java.lang.reflect.Proxy;
import java.net.SocketException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the door answers when the database fails at each point of a command's transaction, with
 * Spring's own JDBC transaction manager over a connection that fails as pgjdbc and HikariCP do.
 * A failure while committing is in doubt (OUTCOME_UNKNOWN, resubmit the same command id) unless
 * the server's answer says it rolled back; a failure before COMMIT was sent wrote nothing.
 */
class InDoubtCommitsTest {

    /** What pgjdbc throws when the server goes away with COMMIT sent and no answer read. */
    static SQLException lostWhileCommitting() {
        return new PSQLException("An I/O error occurred while sending to the backend.", PSQLState.CONNECTION_FAILURE,
                new EOFException());
    }

    @Test
    void aConnectionLostWhileCommittingIsAnsweredOutcomeUnknown() {
        CommandRefused refusal = refusalWhenCommitThrows(lostWhileCommitting());
        assertThat(refusal.status()).isEqualTo(503);
        assertThat(refusal.code()).isEqualTo("OUTCOME_UNKNOWN");
        assertThat(refusal.rule()).contains("may or may not have been recorded").contains("same command id")
                .doesNotContain("nothing was written");
    }

    @Test
    void aPoolsClosedConnectionWhileCommittingIsInDoubt() {
        // HikariCP, once it has evicted a broken connection: "Connection is closed", SQLSTATE 08003.
        assertThat(refusalWhenCommitThrows(new SQLException("Connection is closed", "08003")).code()).isEqualTo("OUTCOME_UNKNOWN");
    }

    @Test
    void aSocketFailureWithoutAnSqlStateWhileCommittingIsInDoubt() {
        assertThat(refusalWhenCommitThrows(new SQLException("commit failed", null, new SocketException("Connection reset"))).code())
                .isEqualTo("OUTCOME_UNKNOWN");
    }

    @Test
    void anUnrecognisedFailureWhileCommittingIsInDoubtRatherThanNothingWritten() {
        assertThat(refusalWhenCommitThrows(new SQLException("something odd")).code()).isEqualTo("OUTCOME_UNKNOWN");
    }

    @Test
    void theServerRefusingTheCommitIsNotInDoubt() {
        // A serialization failure is the server's answer to COMMIT: it rolled back, and the usual translation applies.
        SQLException serialization = new PSQLException("could not serialize access", PSQLState.SERIALIZATION_FAILURE);
        RuntimeException thrown = thrownWhenCommitThrows(serialization);
        assertThat(thrown).isNotInstanceOf(CommandRefused.class);
        assertThat(RefusalTranslator.translate(thrown).map(CommandRefused::code)).isNotEqualTo(java.util.Optional.of("OUTCOME_UNKNOWN"));
    }

    @Test
    void aConnectionLostBeforeCommitWroteNothingAndStaysStoreUnavailable() {
        AtomicInteger commits = new AtomicInteger();
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource(null, commits)));
        assertThatThrownBy(() -> InDoubtCommits.execute(transaction, "cmd-before", status -> {
            throw new org.springframework.dao.DataAccessResourceFailureException("insert failed", lostWhileCommitting());
        })).isNotInstanceOf(CommandRefused.class)
                .satisfies(e -> assertThat(RefusalTranslator.translate(e).map(CommandRefused::code)).contains("STORE_UNAVAILABLE"));
        assertThat(commits).hasValue(0);
    }

    /** HikariCP's stand-in for a connection it closed after the database broke it: no SQLSTATE. */
    static SQLException poolsClosedConnection() {
        SQLException closed = new SQLException("Connection is closed");
        closed.setStackTrace(new StackTraceElement[]{new StackTraceElement("com.zaxxer.hikari.pool.ProxyConnection$ClosedConnection",
                "lambda$getClosedConnection$0", "ProxyConnection.java", 562)});
        return closed;
    }

    @Test
    void aStatementLostBeforeCommitWhoseRollbackFailsTooWroteNothingAndIsStoreUnavailable() {
        // Seen in DatabaseOutageTest: the sealer's read failed as the database died, then the rollback met the
        // pool's closed connection; that used to be answered 500 "nothing was written".
        AtomicInteger commits = new AtomicInteger();
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(
                dataSource(null, poolsClosedConnection(), commits)));
        assertThatThrownBy(() -> InDoubtCommits.execute(transaction, "cmd-rollback-fails", status -> {
            throw new org.springframework.dao.DataAccessResourceFailureException("SELECT max(leaf_index) FROM log_leaf",
                    lostWhileCommitting());
        })).satisfies(e -> assertThat(RefusalTranslator.translate(e).map(CommandRefused::code)).contains("STORE_UNAVAILABLE"));
        assertThat(commits).hasValue(0);
    }

    @Test
    void thePoolsClosedConnectionIsTheStoreUnavailable() {
        assertThat(StoreUnavailable.causedBy(new RuntimeException(poolsClosedConnection()))).isTrue();
        assertThat(StoreUnavailable.causedBy(new SQLException("Connection is closed"))).as("not from the pool").isFalse();
    }

    @Test
    void aRollbackTheWorkAskedForIsNotInDoubt() {
        // The concurrent-duplicate path: the work rolls back by itself; a rollback failing loses nothing.
        AtomicInteger commits = new AtomicInteger();
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource(lostWhileCommitting(), commits)));
        Object answer = InDoubtCommits.execute(transaction, "cmd-rollback", status -> {
            status.setRollbackOnly();
            return null;
        });
        assertThat(answer).isNull();
        assertThat(commits).hasValue(0);
    }

    @Test
    void aCommitThatSucceedsReturnsTheWorksAnswer() {
        AtomicInteger commits = new AtomicInteger();
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource(null, commits)));
        String answer = InDoubtCommits.execute(transaction, "cmd-ok", status -> "recorded");
        assertThat(answer).isEqualTo("recorded");
        assertThat(commits).hasValue(1);
    }

    private static CommandRefused refusalWhenCommitThrows(SQLException atCommit) {
        RuntimeException thrown = thrownWhenCommitThrows(atCommit);
        assertThat(thrown).isInstanceOf(CommandRefused.class);
        // The web answer, the journal's line result and the page form all go through the translator.
        assertThat(RefusalTranslator.translate(thrown)).containsSame((CommandRefused) thrown);
        return (CommandRefused) thrown;
    }

    private static RuntimeException thrownWhenCommitThrows(SQLException atCommit) {
        AtomicInteger commits = new AtomicInteger();
        TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource(atCommit, commits)));
        try {
            InDoubtCommits.execute(transaction, "cmd-commit", status -> "recorded");
        } catch (RuntimeException e) {
            assertThat(commits).as("COMMIT was sent").hasValue(1);
            return e;
        }
        throw new AssertionError("the commit's failure was swallowed");
    }

    /** A data source whose connections accept everything and whose commit throws {@code atCommit} (null: succeeds). */
    private static DataSource dataSource(SQLException atCommit, AtomicInteger commits) {
        return dataSource(atCommit, null, commits);
    }

    private static DataSource dataSource(SQLException atCommit, SQLException atRollback, AtomicInteger commits) {
        boolean[] autoCommit = {true};
        Connection connection = (Connection) Proxy.newProxyInstance(InDoubtCommitsTest.class.getClassLoader(),
                new Class<?>[]{Connection.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getAutoCommit" -> autoCommit[0];
                    case "setAutoCommit" -> {
                        autoCommit[0] = (Boolean) args[0];
                        yield null;
                    }
                    case "commit" -> {
                        commits.incrementAndGet();
                        if (atCommit != null) {
                            throw atCommit;
                        }
                        yield null;
                    }
                    case "rollback" -> {
                        if (atRollback != null) {
                            throw atRollback;
                        }
                        yield null;
                    }
                    case "isReadOnly", "isClosed" -> false;
                    case "getTransactionIsolation" -> Connection.TRANSACTION_READ_COMMITTED;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "failing-commit connection";
                    default -> null;
                });
        return (DataSource) Proxy.newProxyInstance(InDoubtCommitsTest.class.getClassLoader(), new Class<?>[]{DataSource.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getConnection" -> connection;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    case "toString" -> "failing-commit data source";
                    default -> null;
                });
    }
}
