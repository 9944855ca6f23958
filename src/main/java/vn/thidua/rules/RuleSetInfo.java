package vn.thidua.rules;

/**
 * What a user chooses from when launching.
 *
 * @param ref        id and newest version
 * @param name       Vietnamese name, e.g. "Ngành giáo dục – mặc định"
 * @param legalBasis its legal bases on one line, e.g. "Luật Thi đua, khen thưởng số 06/2022/QH15 …; Nghị định số
 *                   152/2025/NĐ-CP …"
 */
record RuleSetInfo(RuleSetRef ref, String name, String legalBasis) {
}
