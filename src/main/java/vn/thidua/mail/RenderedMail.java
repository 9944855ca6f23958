package vn.thidua.mail;

/** A mail as it will be sent: subject, HTML body and the plain-text alternative. */
record RenderedMail(String subject, String html, String text) {
}
