package vn.thidua.notification;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/** Which deadline applies: a cluster's own for a step wins over the campaign's; none set, nothing is due. */
public final class Deadlines {

    private Deadlines() {
    }

    public static Optional<LocalDate> effective(Collection<Deadline> deadlines, Step step, Long clusterId) {
        Optional<LocalDate> own = deadlines.stream()
                .filter(d -> d.getStep() == step && clusterId != null && Objects.equals(d.getClusterId(), clusterId))
                .map(Deadline::getDueOn).findFirst();
        if (own.isPresent()) {
            return own;
        }
        return deadlines.stream().filter(d -> d.getStep() == step && d.getClusterId() == null)
                .map(Deadline::getDueOn).findFirst();
    }

    /** Whole days past the due date; the due date itself is still on time. */
    public static long daysLate(LocalDate dueOn, LocalDate today) {
        long days = ChronoUnit.DAYS.between(dueOn, today);
        return Math.max(0, days);
    }

    /** Whole days left until the due date (negative once it has passed). */
    public static long daysLeft(LocalDate dueOn, LocalDate today) {
        return ChronoUnit.DAYS.between(today, dueOn);
    }
}
