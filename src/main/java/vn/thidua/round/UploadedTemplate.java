package vn.thidua.round;

/** An ad-hoc request's attachment template (mẫu báo cáo), as uploaded. */
record UploadedTemplate(String name, String contentType, byte[] content) {
}
