package vn.thidua.org;

/** Published after units were imported, in the import's transaction: the tree may have new units or parents. */
public record UnitsImported(ImportResult result) {
}
