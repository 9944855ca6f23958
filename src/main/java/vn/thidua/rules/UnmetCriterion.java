package vn.thidua.rules;

/**
 * One criterion a nomination does not meet.
 *
 * @param code    stable code of the criterion, e.g. {@code RATING_BELOW_GOOD}, {@code QUOTA_CSTDCS}
 * @param message Vietnamese explanation for the unit's staff, e.g. "Xếp loại phải từ hoàn thành tốt nhiệm vụ trở lên"
 */
public record UnmetCriterion(String code, String message) {
}
