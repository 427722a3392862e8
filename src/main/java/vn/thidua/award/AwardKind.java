package vn.thidua.award;

/** Danh hiệu thi đua (an emulation title) or hình thức khen thưởng (a commendation). */
public enum AwardKind {
    TITLE, COMMENDATION
}
