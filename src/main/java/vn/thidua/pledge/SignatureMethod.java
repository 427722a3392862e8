package vn.thidua.pledge;

/** Online (password re-entered) or on paper at the conference (ký trực tiếp, recorded by staff with a scan). */
public enum SignatureMethod {
    ONLINE, PAPER
}
