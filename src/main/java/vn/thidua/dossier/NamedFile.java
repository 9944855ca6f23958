package vn.thidua.dossier;

/** A file the dossier hands out, with the name it is downloaded under. */
public record NamedFile(String fileName, byte[] content) {
}
