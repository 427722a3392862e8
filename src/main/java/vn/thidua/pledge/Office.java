package vn.thidua.pledge;

/** The office a signature is given in: the chair or a vice-chair of a member unit's Front committee, or the organiser's confirmation. */
public enum Office {
    CHAIR, VICE_CHAIR, CONFIRM
}
