package vn.thidua.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.org.UnitRole;

/**
 * A generated city: one Sở, {@code districts} districts, {@code schoolsPerDistrict} schools in each, and a staff, head
 * and council user for every unit, as units.csv and users.csv would bring them; the districts and the city have
 * {@code reviewers} staff users ({@code hcmq01staff}, {@code hcmq01staff2} …), who review their children's reports.
 */
record CityTree(int districts, int schoolsPerDistrict, int reviewers) {

    CityTree(int districts, int schoolsPerDistrict) {
        this(districts, schoolsPerDistrict, 1);
    }

    static final String CITY = "HCM";

    record Node(String code, String name, String level, String parentCode, int index) {

        String user(UnitRole role) {
            return code.toLowerCase() + role.code();
        }
    }

    Node city() {
        return new Node(CITY, "Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh", "thanh_pho", null, 0);
    }

    List<Node> districtList() {
        List<Node> list = new ArrayList<>();
        for (int d = 0; d < districts; d++) {
            list.add(new Node(CITY + "Q%02d".formatted(d + 1), "Phòng Giáo dục và Đào tạo Quận %d".formatted(d + 1),
                    "quan", CITY, d));
        }
        return list;
    }

    List<Node> schoolsOf(Node district) {
        List<Node> list = new ArrayList<>();
        for (int s = 0; s < schoolsPerDistrict; s++) {
            list.add(new Node(district.code() + "T%03d".formatted(s + 1),
                    "Trường Tiểu học số %d %s".formatted(s + 1, district.name().replace("Phòng Giáo dục và Đào tạo ", "")),
                    "truong", district.code(), s));
        }
        return list;
    }

    int schools() {
        return districts * schoolsPerDistrict;
    }

    int units() {
        return 1 + districts + schools();
    }

    /** Every user: a staff, head and council user per unit, and the further reviewers of districts and city. */
    int users() {
        return units() * UnitRole.values().length + (1 + districts) * (reviewers - 1);
    }

    List<Node> all() {
        List<Node> all = new ArrayList<>(List.of(city()));
        for (Node district : districtList()) {
            all.add(district);
            all.addAll(schoolsOf(district));
        }
        return all;
    }

    byte[] unitsCsv() {
        StringBuilder csv = new StringBuilder("code,name,level,parent_code,email\n");
        for (Node unit : all()) {
            csv.append(unit.code()).append(',').append(unit.name()).append(',').append(unit.level()).append(',')
                    .append(unit.parentCode() == null ? "" : unit.parentCode()).append(',')
                    .append(unit.code().toLowerCase()).append("@hcm.thidua.local\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Ngô",
        "Dương"};
    private static final String[] GIVEN = {"An", "Bình", "Cúc", "Dũng", "Hà", "Khoa", "Lan", "Mai", "Nam", "Phúc",
        "Quân", "Sơn", "Tâm", "Uyên", "Vy"};

    /** A Vietnamese full name, different for every n below 150. */
    static String person(int n) {
        return FAMILY[n % FAMILY.length] + (n % 2 == 0 ? " Thị " : " Văn ") + GIVEN[(n / FAMILY.length) % GIVEN.length];
    }

    byte[] usersCsv() {
        StringBuilder csv = new StringBuilder("username,full_name,email,unit_code,role\n");
        int n = 0;
        for (Node unit : all()) {
            for (UnitRole role : UnitRole.values()) {
                csv.append(unit.user(role)).append(',').append(person(n++ % 150)).append(',')
                        .append(unit.user(role)).append("@hcm.thidua.local,").append(unit.code()).append(',')
                        .append(role.code()).append('\n');
            }
            for (int r = 2; r <= reviewers && !"truong".equals(unit.level()); r++) {
                String username = unit.user(UnitRole.STAFF) + r;
                csv.append(username).append(',').append(person(n++ % 150)).append(',').append(username)
                        .append("@hcm.thidua.local,").append(unit.code()).append(',').append(UnitRole.STAFF.code())
                        .append('\n');
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
