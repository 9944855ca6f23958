package vn.thidua.web;

/** What our pages keep of an uploaded file's name and type, whatever the browser sent. */
public final class UploadedFile {

    private UploadedFile() {
    }

    /** The file's own name: a browser may send the whole path it was chosen from ({@code C:\…\bien-ban.pdf}). */
    public static String name(String fileName) {
        String name = fileName.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1).strip();
    }

    /** The type the browser gave, or {@code application/octet-stream} when it gave none or one too long to keep. */
    public static String contentType(String contentType) {
        return contentType == null || contentType.isBlank() || contentType.length() > 150
                ? "application/octet-stream" : contentType;
    }
}
