package vn.thidua.pledge;

/** Trạng thái of a pledge version: DRAFT (dự thảo) → DISCUSSION (lấy ý kiến) → FINAL (chốt, đang ký) → SIGNED (đã ký đủ và xác nhận); a later amendment makes the version SUPERSEDED. */
public enum PledgeStatus {
    DRAFT, DISCUSSION, FINAL, SIGNED, SUPERSEDED
}
