package vn.thidua.org;

/** How many rows of an import created, changed or left alone what was there. */
record ImportResult(int created, int updated, int unchanged) {
}
