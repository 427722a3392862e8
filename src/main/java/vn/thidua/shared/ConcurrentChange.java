package vn.thidua.shared;

/** Another request kept changing the same rows: the use case was tried several times and gave up. Nothing changed. */
public class ConcurrentChange extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public ConcurrentChange() {
        super("error.concurrentChange");
    }
}
