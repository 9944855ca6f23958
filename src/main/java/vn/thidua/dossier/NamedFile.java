package vn.thidua.dossier;

/** A file the dossier hands out, with the name it is downloaded under. */
record NamedFile(String fileName, byte[] content) {
}
