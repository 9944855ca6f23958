package vn.thidua.dossier;

import vn.thidua.text.Messages;
import java.io.IOException;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/**
 * A file a user sent, as the dossier's use cases take it: its name, type and bytes; no content when none was chosen.
 */
record UploadedFile(String name, String contentType, byte[] content) {

    /** The request's file; a part that cannot be read is refused as bad input, never a 500. */
    static UploadedFile of(MultipartFile file, String nameWhenNone) {
        if (file == null || file.isEmpty()) {
            return new UploadedFile(nameWhenNone, MediaType.APPLICATION_OCTET_STREAM_VALUE, null);
        }
        try {
            return new UploadedFile(file.getOriginalFilename() == null ? nameWhenNone : file.getOriginalFilename(),
                    file.getContentType() == null ? MediaType.APPLICATION_OCTET_STREAM_VALUE : file.getContentType(),
                    file.getBytes());
        } catch (IOException e) {
            String message = Messages.get("dossier.upload.unreadable");
            throw new InvalidInputException(message, List.of(new InputError(0, 0, "file", message)));
        }
    }

    boolean isMissing() {
        return content == null;
    }
}
