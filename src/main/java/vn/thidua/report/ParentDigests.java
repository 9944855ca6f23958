package vn.thidua.report;

/**
 * Whether a parent unit's staff read their child units' deadlines in a daily digest, and so get no overdue mail per
 * late child unit. Answered by the digest (thidua.digest).
 */
public interface ParentDigests {

    /** The staff of this parent get the daily digest, so no overdue mail per child unit. */
    boolean digestsFor(String parentUnitCode);
}
