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
import jakarta.inject.Inject;
import vn.thidua.shared.VietnamTime;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The scheduled sender: every interval it queues the reminders due today, then, when a mail server is configured,
 * delivers due messages in batches until none is left. Each tick runs alone on this instance (fixed delay); other
 * instances run their own and the claims keep them apart.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class Sender {

    private static final Logger LOG = Logger.getLogger(Sender.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    Outbox outbox;

    @Inject
    MailSender mail;

    @Inject
    NotificationConfig config;

    /** Names this instance in claims and attempts: host, process and a random part (two on one host differ). */
    private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

    @PostConstruct
    void start() {
        long seconds = config.getInterval().toSeconds();
        int loops = config.getSenders();
        for (int i = 0; i < loops; i++) {
            String name = loops == 1 ? instance : instance + "#" + i;
            boolean queues = i == 0;
            tasks.add(executor.scheduleWithFixedDelay(() -> tick(name, queues), seconds, seconds, TimeUnit.SECONDS));
        }
        LOG.info(() -> "notification sender " + instance + " every " + seconds + " s, loops=" + loops + ", mail "
                + (config.isMailConfigured() ? config.getHost() + ":" + config.getPort() : "not configured: messages stay queued"));
    }

    @PreDestroy
    void stop() {
        tasks.forEach(t -> t.cancel(false));
    }

    void tick(String instance, boolean queuesReminders) {
        try {
            if (queuesReminders) {
                int queued = outbox.queueReminders(LocalDate.now(VietnamTime.ZONE));
                if (queued > 0) {
                    LOG.info(() -> "outbox: reminders queued=" + queued);
                }
            }
            if (!config.isMailConfigured()) {
                return;
            }
            List<Outbox.Claimed> batch;
            do {
                batch = outbox.claim(instance, BATCH, Instant.now());
                mail.deliver(batch, o -> {
                    if (o.sent()) {
                        outbox.sent(o.id(), instance, o.reply(), Instant.now());
                    } else {
                        outbox.failed(o.id(), instance, o.reply(), o.permanent(), Instant.now());
                    }
                });
            } while (batch.size() == BATCH);
        } catch (RuntimeException e) {
            // a failed tick (database restarting) must not cancel the schedule: the next one tries again
            LOG.log(Level.WARNING, "notification sender tick failed", e);
        }
    }
}
