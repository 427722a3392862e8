package vn.thidua.tally;

/** A people share as entered by a unit: how many people are in the group, how many reached the title. */
public final class PeopleCount {

    private final int total;
    private final int reached;

    public PeopleCount(int total, int reached) {
        if (total < 0 || reached < 0 || reached > total) {
            throw new IllegalArgumentException("bad people count " + reached + "/" + total);
        }
        this.total = total;
        this.reached = reached;
    }

    public int getTotal() {
        return total;
    }

    public int getReached() {
        return reached;
    }

    @Override
    public String toString() {
        return reached + "/" + total;
    }
}
