package vn.thidua.dossier;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The files the dossier pages and API hand out, under names every browser and mail client keeps intact. */
final class DossierDownloads {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    static final String TEMPLATE_NAME = "mau-danh-sach-de-nghi-khen-thuong.xlsx";

    private DossierDownloads() {
    }

    /** "125/QĐ-GDĐT" → "quyet-dinh-125-QD-GDDT.docx" */
    static String decisionFileName(String number, String extension) {
        String folded = ascii(number);
        return (folded.isEmpty() ? "quyet-dinh" : "quyet-dinh-" + folded) + "." + extension;
    }

    /** "Q1THLELOI" → "danh-sach-de-nghi-Q1THLELOI.xlsx" */
    static String listFileName(String unitCode) {
        String folded = ascii(unitCode);
        return (folded.isEmpty() ? "danh-sach-de-nghi" : "danh-sach-de-nghi-" + folded) + ".xlsx";
    }

    /**
     * Letters without diacritics, digits and single hyphens only: no slash, quote or space can break a header
     * or a path on the user's disk.
     */
    static String ascii(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replace('đ', 'd').replace('Đ', 'D')
                .replaceAll("\\p{M}", "");
        return decomposed.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** A download; names we make are plain ASCII, a user's own file name (the minutes) keeps its diacritics. */
    static ResponseEntity<byte[]> file(String fileName, MediaType type, byte[] content) {
        ContentDisposition.Builder disposition = ContentDisposition.attachment();
        if (StandardCharsets.US_ASCII.newEncoder().canEncode(fileName)) {
            disposition.filename(fileName);
        } else {
            disposition.filename(fileName, StandardCharsets.UTF_8);
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.build().toString())
                .contentType(type)
                .body(content);
    }
}
