package vn.thidua.rules;

/** What a vote's approval share is counted against. */
public enum VoteDenominator {
    /** số thành viên có mặt */
    PRESENT,
    /** tổng số thành viên hội đồng */
    ALL_MEMBERS
}
