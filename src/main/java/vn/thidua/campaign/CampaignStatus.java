package vn.thidua.campaign;

/** Dự thảo → Đã phát động → Đã kết thúc. Closing freezes clusters and membership. */
public enum CampaignStatus {
    DRAFT, LAUNCHED, CLOSED
}
