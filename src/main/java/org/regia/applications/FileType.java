package org.regia.applications;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Accepted attachment types, recognised from the bytes (magic numbers), never from the browser's content type.
 * XLSX and DOCX are ZIP files: the entries decide ({@code xl/} or {@code word/}). The file name's extension must
 * agree with the detected type, so an .exe renamed .pdf is refused.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    GIF("image/gif", "gif");

    private final String contentType;
    private final String[] extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    public boolean matchesName(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        for (String e : extensions) {
            if (lower.endsWith("." + e)) {
                return true;
            }
        }
        return false;
    }

    public static Optional<FileType> sniff(byte[] b) {
        if (b == null || b.length < 4) {
            return Optional.empty();
        }
        if (starts(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) { // %PDF-
            return Optional.of(PDF);
        }
        if (starts(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(b, 0x47, 0x49, 0x46, 0x38)) { // GIF8
            return Optional.of(GIF);
        }
        if (starts(b, 0x50, 0x4B, 0x03, 0x04)) { // PK.. ZIP: look inside
            return officeType(b);
        }
        return Optional.empty();
    }

    private static Optional<FileType> officeType(byte[] b) {
        boolean contentTypes = false;
        FileType found = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int n = 0;
            while ((e = zip.getNextEntry()) != null && n++ < 2000) {
                String name = e.getName();
                if (name.equals("[Content_Types].xml")) {
                    contentTypes = true;
                } else if (name.startsWith("xl/")) {
                    found = XLSX;
                } else if (name.startsWith("word/")) {
                    found = DOCX;
                }
            }
        } catch (Exception ex) {
            return Optional.empty();
        }
        return contentTypes ? Optional.ofNullable(found) : Optional.empty();
    }

    private static boolean starts(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
