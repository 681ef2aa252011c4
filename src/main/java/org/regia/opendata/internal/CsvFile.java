package org.regia.opendata.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a comma-separated UTF-8 file (gzip-compressed or not) into records, or explains in one file-level error why
 * it cannot: not UTF-8 (with the line of the first bad byte), separated by semicolons, broken quoting.
 */
final class CsvFile {

    final List<String> header;
    final List<CSVRecord> records;
    private final Map<String, Integer> index = new HashMap<>();

    private CsvFile(List<String> header, List<CSVRecord> records) {
        this.header = header;
        this.records = records;
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).trim(), i);
        }
    }

    /** @throws FileProblem when the file cannot be read as comma-separated UTF-8 */
    static CsvFile read(byte[] content) {
        String text = decode(unzip(content));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int eol = text.indexOf('\n');
        String firstLine = (eol < 0 ? text : text.substring(0, eol)).replace("\r", "");
        if (firstLine.isBlank()) {
            throw new FileProblem(RowError.file("header", "opendata.error.emptyFile", null));
        }
        long commas = firstLine.chars().filter(c -> c == ',').count();
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        if (semicolons > 0 && semicolons >= commas) {
            throw new FileProblem(new RowError(1, "header", Values.cut(firstLine, 200), "opendata.error.semicolonSeparated",
                    String.valueOf(semicolons + 1)));
        }
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setAllowMissingColumnNames(true).setIgnoreEmptyLines(true).get().parse(new StringReader(text))) {
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord r : parser) {
                records.add(r);
            }
            return new CsvFile(parser.getHeaderNames(), records);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new FileProblem(RowError.file("file", "opendata.error.csvSyntax", e.getMessage()));
        }
    }

    static byte[] unzip(byte[] content) {
        if (content.length > 2 && (content[0] & 0xff) == 0x1f && (content[1] & 0xff) == 0x8b) {
            try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new FileProblem(RowError.file("file", "opendata.error.gzip", e.getMessage()));
            }
        }
        return content;
    }

    /** Strict UTF-8: a Latin-1 or Windows-1252 file is refused with the line of its first non-UTF-8 byte. */
    static String decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstBadByte(bytes);
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            String bad = offset < bytes.length ? String.format("0x%02X", bytes[offset] & 0xff) : "?";
            throw new FileProblem(new RowError(line, "encoding", bad, "opendata.error.encoding",
                    e instanceof MalformedInputException ? "UTF-8" : "UTF-8"));
        }
    }

    private static int firstBadByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    /** The first of these columns present in the header, or {@code null}. */
    String column(String... names) {
        for (String n : names) {
            if (index.containsKey(n)) {
                return n;
            }
        }
        return null;
    }

    String get(CSVRecord r, String column) {
        if (column == null) {
            return null;
        }
        int i = index.get(column);
        return i < r.size() ? r.get(i) : null;
    }

    /** Spreadsheet row of a record: the header is row 1. */
    static int row(CSVRecord r) {
        return (int) r.getRecordNumber() + 1;
    }

    static final class FileProblem extends RuntimeException {
        final RowError error;

        FileProblem(RowError error) {
            super(error.reasonKey());
            this.error = error;
        }
    }
}
