package vn.thidua.nomination;

/** Whether a nomination (đề nghị khen thưởng) is for a person (cá nhân) or a collective (tập thể). */
public enum NomineeKind {
    PERSON,
    COLLECTIVE
}
