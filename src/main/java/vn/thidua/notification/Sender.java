package vn.thidua.notification;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import vn.thidua.shared.VietnamTime;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduled sender: every interval it queues the reminders due today, then, when a mail server is configured,
 * delivers due messages in batches until none is left. Each tick runs alone on this instance (fixed delay); other
 * instances run their own and the claims keep them apart.
 *
 * <p>With more than one sender loop ({@code thidua.notify.senders}) the loops of a tick run at the same time, each on
 * its own thread (from the container's {@link ManagedThreadFactory}: Payara's default managed executors run one task
 * at a time, which had the loops take turns), claiming in transactions of their own as separate instances would. With
 * {@code thidua.notify.rendezvous} on, each loop's first claim of a tick waits, rows locked, until every loop has
 * locked its own: the claims then provably overlap, which is how the tests show that SKIP LOCKED keeps them apart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class.getName());
    private static final int BATCH = 50;
    /** How long a loop holding its first claim waits for the others before it commits alone. */
    private static final long RENDEZVOUS_SECONDS = 10;

    @Resource
    ManagedScheduledExecutorService executor;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Outbox outbox;

    @Inject
    MailSender mail;

    @Inject
    NotificationConfig config;

    /** Names this instance in claims and attempts: host, process and a random part (two on one host differ). */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private ScheduledFuture<?> task;
    private ExecutorService loops;

    @PostConstruct
    void start() {
        long seconds = config.getInterval().toSeconds();
        int n = config.getSenders();
        if (n > 1) {
            loops = Executors.newFixedThreadPool(n, threads);
        }
        task = executor.scheduleWithFixedDelay(this::tick, seconds, seconds, TimeUnit.SECONDS);
        LOG.info(() -> "notification sender " + instance + " every " + seconds + " s, loops=" + n
                + (config.isRendezvous() ? " (claims meet)" : "") + ", mail "
                + (config.isMailConfigured() ? config.getHost() + ":" + config.getPort() : "not configured: messages stay queued"));
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
        if (loops != null) {
            loops.shutdownNow();
        }
    }

    void tick() {
        try {
            int queued = outbox.queueReminders(LocalDate.now(VietnamTime.ZONE));
            if (queued > 0) {
                LOG.info(() -> "outbox: reminders queued=" + queued);
            }
            if (!config.isMailConfigured()) {
                return;
            }
            int n = config.getSenders();
            // every loop's first claim of the tick reads "due" at the same moment, so that they compete for the same rows
            Instant at = Instant.now();
            if (loops == null) {
                deliver(instance, null, at);
                return;
            }
            CyclicBarrier meet = config.isRendezvous() ? new CyclicBarrier(n) : null;
            List<Future<?>> running = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String name = instance + "#" + i;
                running.add(loops.submit(() -> deliver(name, meet, at)));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | ExecutionException e) {
            // a failed tick (database restarting) must not cancel the schedule: the next one tries again
            LOG.log(Level.WARNING, "notification sender tick failed", e);
        }
    }

    /** One loop: claims and delivers batches until nothing is left for it. */
    private void deliver(String name, CyclicBarrier meet, Instant at) {
        List<Outbox.Claimed> batch;
        boolean first = true;
        do {
            Runnable whileLocked = first && meet != null ? () -> await(meet) : () -> { };
            batch = outbox.claim(name, BATCH, first ? at : Instant.now(), whileLocked);
            first = false;
            if (batch.isEmpty()) {
                return;
            }
            List<MailSender.Outcome> outcomes = new ArrayList<>(batch.size());
            mail.deliver(batch, outcomes::add);
            outbox.settle(name, outcomes, Instant.now());
        } while (!batch.isEmpty()); // a short batch may only mean that the other loop took its share
    }

    private static void await(CyclicBarrier meet) {
        try {
            meet.await(RENDEZVOUS_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BrokenBarrierException | TimeoutException e) {
            // a loop that did not come (its claim failed): this one's claim commits alone, nothing is lost
            LOG.fine("sender loops did not all meet: " + e);
        }
    }
}
