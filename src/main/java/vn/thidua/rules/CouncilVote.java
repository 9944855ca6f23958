package vn.thidua.rules;

/**
 * The council's vote on one nominee at the evaluation meeting (bình xét).
 *
 * @param membersTotal  members of the council
 * @param present       members present at the meeting
 * @param votesFor      votes for the nominee
 * @param secretBallot  whether it was a secret ballot
 */
public record CouncilVote(int membersTotal, int present, int votesFor, boolean secretBallot) {
}
