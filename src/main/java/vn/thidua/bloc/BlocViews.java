package vn.thidua.bloc;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.text.Messages;

/** Blocs as the pages and the API show them, unit names beside the codes. */
final class BlocViews {

    private BlocViews() {
    }

    record Member(String unitCode, String unitName, boolean leader) {
    }

    record BlocView(long id, String code, String name, String parentUnitCode, String parentName, String schoolYear,
                    String leaderUnitCode, String leaderName, List<Member> members, Long previousBlocId) {
    }

    record HistoryLine(OffsetDateTime at, String atLabel, String byUser, String action, String text) {
    }

    static BlocView of(Bloc bloc, Map<String, String> names) {
        List<Member> members = new ArrayList<>();
        for (String code : bloc.members()) {
            members.add(new Member(code, names.getOrDefault(code, code), code.equals(bloc.leaderUnitCode())));
        }
        return new BlocView(bloc.id(), bloc.code(), bloc.name(), bloc.parentUnitCode(),
                names.getOrDefault(bloc.parentUnitCode(), bloc.parentUnitCode()), bloc.schoolYear(),
                bloc.leaderUnitCode(), names.getOrDefault(bloc.leaderUnitCode(), bloc.leaderUnitCode()), members,
                bloc.previousBlocId());
    }

    static List<String> codes(Bloc bloc) {
        List<String> codes = new ArrayList<>(bloc.members());
        codes.add(bloc.parentUnitCode());
        codes.add(bloc.leaderUnitCode());
        return codes;
    }

    static HistoryLine line(BlocRepository.HistoryEntry e, Map<String, String> names) {
        String unit = e.unitCode() == null ? "" : names.getOrDefault(e.unitCode(), e.unitCode());
        return new HistoryLine(e.at(), DeadlineCalendar.label(e.at()), e.byUser(), e.action(),
                Messages.get("bloc.history." + e.action(), unit, e.note() == null ? "" : e.note()));
    }
}
