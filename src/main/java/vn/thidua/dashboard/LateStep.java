package vn.thidua.dashboard;

import vn.thidua.notification.Step;

import java.io.Serializable;
import java.time.LocalDate;

/** A step of the year a cluster has not finished by its deadline: which, by when, how many days late. */
public final class LateStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Step step;
    private final LocalDate dueOn;
    private final long daysLate;

    public LateStep(Step step, LocalDate dueOn, long daysLate) {
        this.step = step;
        this.dueOn = dueOn;
        this.daysLate = daysLate;
    }

    public Step getStep() {
        return step;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public long getDaysLate() {
        return daysLate;
    }
}
