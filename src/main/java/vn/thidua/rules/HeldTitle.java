package vn.thidua.rules;

/**
 * A title a person or collective received in an earlier campaign (lịch sử danh hiệu).
 *
 * @param nomineeKey  see {@link vn.thidua.nomination.Nomination#nomineeKey()}
 * @param titleCode   e.g. {@code CSTDCS}
 * @param schoolYear  e.g. "2025-2026"
 */
public record HeldTitle(String nomineeKey, String titleCode, String schoolYear) {
}
