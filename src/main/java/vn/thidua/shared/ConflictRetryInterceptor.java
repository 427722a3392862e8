package vn.thidua.shared;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Logger;

/**
 * Runs a use case again when it lost a race (see {@link Conflicts}). It sits outside {@code @Transactional}
 * (a lower priority runs first), so each try is a whole transaction that committed or rolled back; inside a caller's
 * transaction it does nothing, since only the outermost use case can be run again.
 */
@RetryOnConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ConflictRetryInterceptor {

    static final int TRIES = 4;
    private static final Logger LOG = Logger.getLogger(ConflictRetryInterceptor.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object retry(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return call.proceed();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return call.proceed();
            } catch (Exception e) {
                if (!Conflicts.isConflict(e)) {
                    throw e;
                }
                String useCase = call.getMethod().getDeclaringClass().getSimpleName() + "." + call.getMethod().getName();
                if (attempt >= TRIES) {
                    LOG.warning(() -> "gave up after " + TRIES + " conflicting tries: " + useCase + ": " + e);
                    throw new ConcurrentChange();
                }
                final int tried = attempt;
                LOG.fine(() -> "conflict on try " + tried + ", running again: " + useCase);
                // A short random pause lets the other transaction finish, so the next try reads its result.
                Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L * attempt));
            }
        }
    }
}
