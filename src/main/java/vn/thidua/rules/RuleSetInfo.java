package vn.thidua.rules;

/**
 * What a user chooses from when launching.
 *
 * @param ref        id and newest version
 * @param name       Vietnamese name, e.g. "Ngành giáo dục – mặc định"
 * @param legalBasis e.g. "Luật TĐKT 2022 + NĐ 152/2025, mặc định"
 */
public record RuleSetInfo(RuleSetRef ref, String name, String legalBasis) {
}
