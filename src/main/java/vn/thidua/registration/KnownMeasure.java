package vn.thidua.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.nomination.NomineeKind;
import vn.thidua.rules.TitleRule;
import vn.thidua.text.Messages;

/**
 * A measure the system knows, to which a target can be tied so that its achieved value is computed rather than
 * typed. Counted over the unit and every unit below it, except the units-below measures, which count the units
 * directly below.
 */
enum KnownMeasure {
    /** Nominations for the title (in the dossiers of the unit and of the units below), whatever became of them. */
    PROPOSED(true),
    /** Nominations for the title granted by a published award decision. */
    GRANTED(true),
    /** People registered who were granted the very title they registered for. */
    REGISTERED_REACHED(false),
    /** The same as a share of the people registered, in per cent. */
    REGISTERED_REACHED_SHARE(false),
    /** Units directly below whose registration was approved. */
    UNITS_REGISTERED(false),
    /** Units directly below whose tổng kết report was approved. */
    UNITS_FINAL_ACCEPTED(false);

    private final boolean perTitle;

    KnownMeasure(boolean perTitle) {
        this.perTitle = perTitle;
    }

    boolean perTitle() {
        return perTitle;
    }

    boolean aboutUnitsBelow() {
        return this == UNITS_REGISTERED || this == UNITS_FINAL_ACCEPTED;
    }

    /**
     * A target's tie to a known measure, stored as {@code GRANTED:LDTT} or {@code UNITS_REGISTERED}.
     *
     * @param titleCode the title counted, for a per-title measure; null otherwise
     */
    record Tie(KnownMeasure measure, String titleCode) {

        String code() {
            return titleCode == null ? measure.name() : measure.name() + ":" + titleCode;
        }

        /** The tie a stored or chosen code names; empty for blank or anything not of that form. */
        static Optional<Tie> parse(String code) {
            if (code == null || code.isBlank()) {
                return Optional.empty();
            }
            String[] parts = code.strip().split(":", 2);
            for (KnownMeasure m : values()) {
                if (m.name().equals(parts[0]) && m.perTitle == (parts.length == 2) && (parts.length == 1
                        || !parts[1].isBlank())) {
                    return Optional.of(new Tie(m, parts.length == 2 ? parts[1] : null));
                }
            }
            return Optional.empty();
        }

        /** "Số được tặng danh hiệu Lao động tiên tiến". */
        String label(List<TitleRule> titles) {
            if (titleCode == null) {
                return Messages.get("registration.known." + measure.name());
            }
            String name = titles.stream().filter(t -> t.code().equals(titleCode)).map(TitleRule::name).findFirst()
                    .orElse(titleCode);
            return Messages.get("registration.known." + measure.name(), name);
        }

        /** The unit the computed value is counted in: người, tập thể, đơn vị, %. */
        String unit(List<TitleRule> titles) {
            return switch (measure) {
                case PROPOSED, GRANTED -> titles.stream().filter(t -> t.code().equals(titleCode)).findFirst()
                        .map(t -> t.kind() == NomineeKind.COLLECTIVE ? Messages.get("registration.known.unit.collective")
                                : Messages.get("registration.known.unit.person"))
                        .orElse(Messages.get("registration.known.unit.person"));
                case REGISTERED_REACHED -> Messages.get("registration.known.unit.person");
                case REGISTERED_REACHED_SHARE -> "%";
                case UNITS_REGISTERED, UNITS_FINAL_ACCEPTED -> Messages.get("registration.known.unit.unit");
            };
        }
    }

    /** A choice of the page's list: the code it sends and what it says. */
    record Choice(String code, String label) {
    }

    /**
     * The ties a target may choose: per title of the rule set, the people-registered ones, and the units-below ones
     * when {@code unitsBelow} (the unit, or for a published target the units it is published to, have units below).
     */
    static List<Tie> choices(List<TitleRule> titles, boolean unitsBelow) {
        List<Tie> ties = new ArrayList<>();
        for (KnownMeasure m : values()) {
            if (m.perTitle) {
                titles.forEach(t -> ties.add(new Tie(m, t.code())));
            } else if (!m.aboutUnitsBelow() || unitsBelow) {
                ties.add(new Tie(m, null));
            }
        }
        return ties;
    }
}
