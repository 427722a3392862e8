package vn.thidua.pledge;

/** Who must sign for each member unit: its chair only, or its chair and a vice-chair (An Minh 2022). */
public enum SignerPolicy {
    CHAIRS, CHAIRS_AND_VICE_CHAIRS
}
