package vn.thidua.shared;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConflictsTest {

    @Test
    void aVersionBumpedMeanwhileIsAConflictHoweverDeeplyWrapped() {
        Exception commit = new RuntimeException("TransactionalException",
                new IllegalStateException("RollbackException", new OptimisticLockException("stale Account")));
        assertTrue(Conflicts.isConflict(commit));
    }

    @Test
    void deadlocksLockTimeoutsAndRacingInsertsAreConflicts() {
        assertTrue(Conflicts.isConflict(new PersistenceException(new SQLTransactionRollbackException("Deadlock", "40001", 1213))));
        assertTrue(Conflicts.isConflict(new PersistenceException(new SQLException("Lock wait timeout", "HY000", 1205))));
        assertTrue(Conflicts.isConflict(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Duplicate entry '7-3' for key 'PRIMARY'", "23000", 1062))));
    }

    @Test
    void refusedRulesForeignKeysAndBugsAreNot() {
        assertFalse(Conflicts.isConflict(new RuleViolation("results.error.notEditable")));
        assertFalse(Conflicts.isConflict(new RuntimeException(new RuleViolation("x", new OptimisticLockException()))),
                "a refused rule is the answer, even if something below it conflicted");
        assertFalse(Conflicts.isConflict(new PersistenceException(
                new SQLIntegrityConstraintViolationException("Cannot add or update a child row", "23000", 1452))));
        assertFalse(Conflicts.isConflict(new NullPointerException()));
        assertFalse(Conflicts.isConflict(new PersistenceException(new SQLException("Table doesn't exist", "42S02", 1146))));
    }

    @Test
    void aCycleInTheCauseChainEnds() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        assertFalse(Conflicts.isConflict(a));
    }

    @Test
    void alreadyDoneIsARefusedRuleCarryingItsKey() {
        AlreadyDone done = assertInstanceOf(AlreadyDone.class, org.junit.jupiter.api.Assertions.assertThrows(
                RuleViolation.class, () -> AlreadyDone.unlessAlready(true, "results.done.submitted")));
        assertTrue(done.getKey().equals("results.done.submitted"));
        AlreadyDone.unlessAlready(false, "results.done.submitted");
    }
}
