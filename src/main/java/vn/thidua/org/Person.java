package vn.thidua.org;

/** A person of a unit with one of their roles (a line of users.csv). Personal data: never log it. */
public record Person(String username, String fullName, String email, String unitCode, UnitRole role) {
}
