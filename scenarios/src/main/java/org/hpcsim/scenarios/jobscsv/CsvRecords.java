package org.hpcsim.scenarios.jobscsv;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records one at a time: fields separated by commas, a field in double quotes may
 * hold commas, doubled quotes ({@code ""} for {@code "}) and line breaks (read back as
 * {@code \n}). Lines may end in LF or CRLF; empty lines between records are skipped, and a UTF-8
 * byte order mark before the first record is ignored. A quote inside an unquoted field, text
 * after a closing quote, or a quote left open at the end of the file is an error.
 */
public final class CsvRecords {
    private final BufferedReader in;
    private final String sourceName;
    private final List<String> fields = new ArrayList<>();
    private final StringBuilder field = new StringBuilder();
    private long lineNumber;
    private long recordLine;

    /** Records of {@code in}, named {@code sourceName} in errors. */
    public CsvRecords(BufferedReader in, String sourceName) {
        this.in = in;
        this.sourceName = sourceName;
    }

    /** Reads the next record; false at the end of the input. */
    public boolean next() throws IOException {
        String line;
        do {
            line = in.readLine();
            if (line == null) {
                return false;
            }
            lineNumber++;
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        } while (line.isEmpty());
        recordLine = lineNumber;
        fields.clear();
        parse(line);
        return true;
    }

    private void parse(String first) throws IOException {
        String line = first;
        int i = 0;
        while (true) {
            field.setLength(0);
            if (i < line.length() && line.charAt(i) == '"') {
                i++;
                while (true) {
                    int quote = line.indexOf('"', i);
                    if (quote < 0) {
                        field.append(line, i, line.length()).append('\n');
                        line = continuation();
                        i = 0;
                    } else if (quote + 1 < line.length() && line.charAt(quote + 1) == '"') {
                        field.append(line, i, quote + 1);
                        i = quote + 2;
                    } else {
                        field.append(line, i, quote);
                        i = quote + 1;
                        break;
                    }
                }
                if (i < line.length() && line.charAt(i) != ',') {
                    throw error("text after the closing quote of field " + (fields.size() + 1));
                }
            } else {
                int end = line.indexOf(',', i);
                end = end < 0 ? line.length() : end;
                int quote = line.indexOf('"', i);
                if (quote >= 0 && quote < end) {
                    throw error("quote inside unquoted field " + (fields.size() + 1)
                            + " (quote the whole field and double the quote)");
                }
                field.append(line, i, end);
                i = end;
            }
            fields.add(field.toString());
            if (i >= line.length()) {
                return;
            }
            i++; // the comma
        }
    }

    private String continuation() throws IOException {
        String next = in.readLine();
        if (next == null) {
            throw error("quoted field " + (fields.size() + 1) + " is not closed before the end of the file");
        }
        lineNumber++;
        return next;
    }

    /** The fields of the current record; reused by the next call to {@link #next()}. */
    public List<String> fields() {
        return fields;
    }

    /** The line the current record starts on. */
    public long recordLine() {
        return recordLine;
    }

    /** An error at the current record's first line. */
    public JobsCsvFormatException error(String problem) {
        return new JobsCsvFormatException(sourceName, recordLine, problem);
    }
}
