package org.hpcsim.scenarios.slurmconf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;

/**
 * Turns a file in slurm.conf's syntax into logical lines of {@code Key=Value} pairs: {@code #}
 * comments ({@code \#} is a literal hash), a trailing {@code \} joining the next line to this one
 * as written (put a blank before the backslash to separate pairs), values in double
 * quotes, and {@code Include FILE} lines read in place; internal to the reader.
 *
 * <p>A relative Include is looked up in the folder of the file that includes it. slurm.conf(5),
 * 22.05, INCLUDE MODIFIERS, says "the same directory as the slurm.conf file", which is the same
 * thing for includes in slurm.conf itself; for an include inside an included file in another
 * folder, slurmctld 22.05.8 was seen reading the file next to the including one. {@code %c} in an
 * Include is the ClusterName read so far.
 */
final class ConfFileReader {
    private final List<Path> including = new ArrayList<>();
    private final List<ConfLine> lines = new ArrayList<>();
    private String clusterName;

    private ConfFileReader() {}

    /** Every logical line of the file and the files it includes, in reading order. */
    static List<ConfLine> read(Path file) {
        ConfFileReader reader = new ConfFileReader();
        if (!Files.isRegularFile(file)) {
            throw new InputNotFoundException(file + ": no such file");
        }
        reader.readFile(file, null);
        return List.copyOf(reader.lines);
    }

    private void readFile(Path file, SourceLine includedAt) {
        Path real = realPath(file, includedAt);
        if (including.contains(real)) {
            throw includedAt.error("Include of " + file.getFileName() + " makes a cycle (" + cycle(real)
                    + "; a file may not include itself, directly or through others)");
        }
        including.add(real);
        List<String> physical = physicalLines(file, includedAt);
        String name = file.getFileName().toString();
        int i = 0;
        while (i < physical.size()) {
            StringBuilder text = new StringBuilder();
            int[] lineOf = new int[16];
            boolean more = true;
            while (more && i < physical.size()) {
                String part = withoutComment(physical.get(i)).stripTrailing();
                more = part.endsWith("\\");
                if (more) {
                    // Joined as written, no blank added: slurmctld 22.05.8 reads "bf_window=4320,\" then
                    // "bf_max_job_test=1000" as one SchedulerParameters value.
                    part = part.substring(0, part.length() - 1);
                }
                lineOf = grow(lineOf, text.length() + part.length());
                Arrays.fill(lineOf, text.length(), text.length() + part.length(), i + 1);
                text.append(part);
                i++;
            }
            ConfTokenizer tokens = new ConfTokenizer(text.toString(), lineOf, name);
            String include = tokens.includeTarget();
            if (include != null) {
                readFile(includePath(file, include, tokens.firstLine()), tokens.firstLine());
                continue;
            }
            List<ConfPair> pairs = tokens.pairs();
            if (!pairs.isEmpty()) {
                remember(pairs);
                lines.add(new ConfLine(pairs));
            }
        }
        including.remove(including.size() - 1);
    }

    private void remember(List<ConfPair> pairs) {
        for (ConfPair p : pairs) {
            if (p.is("ClusterName")) {
                clusterName = p.value();
            }
        }
    }

    private Path includePath(Path includer, String target, SourceLine at) {
        if (target.contains("%c")) {
            if (clusterName == null) {
                throw at.error("Include " + target + " uses %c before any ClusterName (set ClusterName above it)");
            }
            target = target.replace("%c", clusterName);
        }
        Path p = Path.of(target);
        Path dir = includer.toAbsolutePath().getParent();
        Path resolved = p.isAbsolute() ? p : dir.resolve(p);
        if (!Files.isRegularFile(resolved)) {
            throw at.error("Include " + target + " names no file (a relative name is looked up in " + dir + ")");
        }
        return resolved;
    }

    private String cycle(Path again) {
        StringBuilder s = new StringBuilder();
        for (Path p : including.subList(including.indexOf(again), including.size())) {
            s.append(p.getFileName()).append(" -> ");
        }
        return s.append(again.getFileName()).toString();
    }

    private static Path realPath(Path file, SourceLine includedAt) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            throw unreadable(file, includedAt, e);
        }
    }

    /**
     * The file's lines: UTF-8, or, where it is not (a Latin-1 accent in a comment, which slurmctld,
     * reading bytes, skips), one character per byte. A leading byte-order mark is refused in one line.
     */
    private static List<String> physicalLines(Path file, SourceLine includedAt) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw unreadable(file, includedAt, e);
        }
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            // parse_config.c's key pattern starts with a letter, digit, '_' or '.': slurmctld stops
            // with a parse error on that first line.
            throw new ScenarioException(file.getFileName() + ":1: starts with a UTF-8 byte-order mark, which"
                    + " slurmctld cannot parse (save the file without it)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return text.lines().toList();
    }

    private static ScenarioException unreadable(Path file, SourceLine includedAt, IOException e) {
        String what = e instanceof NoSuchFileException ? "no such file" : "cannot be read: " + e.getMessage();
        if (includedAt == null) {
            return new InputNotFoundException(file + ": " + what);
        }
        return includedAt.error("Include " + file + ": " + what);
    }

    /** The line up to its first unescaped {@code #}; {@code \#} stands for a literal hash. */
    static String withoutComment(String line) {
        if (line.indexOf('#') < 0) {
            return line;
        }
        StringBuilder s = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && line.charAt(i + 1) == '#') {
                s.append('#');
                i++;
            } else if (c == '#') {
                break;
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    private static int[] grow(int[] a, int size) {
        return a.length >= size ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }
}
