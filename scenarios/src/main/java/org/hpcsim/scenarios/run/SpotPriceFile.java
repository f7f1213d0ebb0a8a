package org.hpcsim.scenarios.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.hpcsim.core.SimTime;
import org.hpcsim.models.cloud.PriceSeries;
import org.hpcsim.scenarios.InputNotFoundException;
import org.hpcsim.scenarios.ScenarioException;

/**
 * Reads a Spot price series ({@code cluster.pricing.spotPrices}): one {@code time,price} row per
 * change of price, in time order; a price holds until the next row. Times are all seconds of
 * simulation time (as jobs.csv and timeseries.csv count them: time 0 is the trace's start) or all
 * ISO dates ({@code 2024-03-01T12:00:00Z}, an offset, or a plain date for midnight UTC), placed
 * with the trace's start date. Prices are US dollars per node-hour. Blank lines and lines starting
 * with {@code #} are skipped, and the first row may be a header such as {@code time,price}.
 */
public final class SpotPriceFile {
    private SpotPriceFile() {}

    /**
     * The series in {@code file}, ISO dates placed by {@code unixStartTime} (the Unix time, s, that
     * simulation time 0 stands for). Every error names the file and line.
     */
    public static PriceSeries read(Path file, long unixStartTime) {
        try (BufferedReader in = Files.newBufferedReader(file)) {
            return parse(in, file.toString(), unixStartTime);
        } catch (NoSuchFileException e) {
            throw new InputNotFoundException(file + ": no such Spot price file (cluster.pricing.spotPrices)");
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read the Spot prices: " + e.getMessage());
        }
    }

    static PriceSeries parse(BufferedReader in, String name, long unixStartTime) throws IOException {
        long[] times = new long[16];
        double[] prices = new double[16];
        int n = 0;
        Boolean dates = null; // whether the times are ISO dates, once the first row says
        int lineNumber = 0;
        boolean seenRow = false;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNumber++;
            String text = line.strip();
            if (lineNumber == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1).strip();
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            String at = name + ":" + lineNumber + ": ";
            String[] fields = text.split(",", -1);
            if (fields.length != 2) {
                throw new ScenarioException(at + "expected 2 fields (time, price per node-hour), got " + fields.length);
            }
            String time = fields[0].strip();
            String price = fields[1].strip();
            boolean first = !seenRow;
            seenRow = true;
            if (first && !looksLikeTime(time) && !looksLikeNumber(price)) {
                continue; // a header
            }
            boolean isDate = !looksLikeNumber(time);
            long t = isDate ? dateTime(time, at, unixStartTime) : seconds(time, at);
            if (dates != null && dates != isDate) {
                throw new ScenarioException(at + (isDate ? "an ISO date after times in seconds" : "a time in seconds"
                        + " after ISO dates") + "; give every time the same way");
            }
            dates = isDate;
            double p = price(price, at);
            if (n > 0 && t <= times[n - 1]) {
                throw new ScenarioException(at + "time " + time + " is not after the row before it (rows must be in"
                        + " increasing time order)");
            }
            if (n == times.length) {
                times = Arrays.copyOf(times, n * 2);
                prices = Arrays.copyOf(prices, n * 2);
            }
            times[n] = t;
            prices[n++] = p;
        }
        if (n == 0) {
            throw new ScenarioException(name + ": no prices (expected rows of time,price: seconds or an ISO date, then"
                    + " US dollars per node-hour)");
        }
        return new PriceSeries(Arrays.copyOf(times, n), Arrays.copyOf(prices, n), name);
    }

    private static long seconds(String text, String at) {
        double s = Double.parseDouble(text);
        if (!Double.isFinite(s) || Math.abs(s) > Long.MAX_VALUE / (double) SimTime.SECOND) {
            throw new ScenarioException(at + "time " + text + " is out of range (seconds of simulation time)");
        }
        return SimTime.ofSeconds(s);
    }

    private static long dateTime(String text, String at, long unixStartTime) {
        long epoch;
        try {
            epoch = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toEpochSecond()
                    : OffsetDateTime.parse(text).toEpochSecond();
        } catch (DateTimeParseException e) {
            throw new ScenarioException(at + "time '" + text + "' is neither seconds (such as 3600) nor an ISO date"
                    + " with an offset (such as 2024-03-01T12:00:00Z) or a date (2024-03-01)");
        }
        long s = epoch - unixStartTime;
        if (Math.abs(s) > Long.MAX_VALUE / SimTime.SECOND) {
            throw new ScenarioException(at + "date " + text + " is too far from the trace's start to be simulated");
        }
        return SimTime.seconds(s);
    }

    private static double price(String text, String at) {
        double p;
        try {
            p = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            p = Double.NaN;
        }
        if (!(p >= 0) || Double.isInfinite(p)) {
            throw new ScenarioException(at + "price '" + text + "' must be US dollars per node-hour, 0 or more");
        }
        return p;
    }

    private static boolean looksLikeNumber(String text) {
        try {
            Double.parseDouble(text);
            return !text.isEmpty() && !text.endsWith("d") && !text.endsWith("f") && !text.endsWith("D")
                    && !text.endsWith("F");
        } catch (NumberFormatException e) {
            return false;
        }
    }

    // A number or something starting like a date: a header's first field is neither.
    private static boolean looksLikeTime(String text) {
        return looksLikeNumber(text) || (text.length() >= 10 && Character.isDigit(text.charAt(0)));
    }
}
