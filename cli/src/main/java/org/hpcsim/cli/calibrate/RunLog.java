package org.hpcsim.cli.calibrate;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * What `calibrate run` did, one line per step as it happens ("built", "ran", "skipped", "failed"),
 * so a user sees at once what this machine could not do and why.
 */
final class RunLog {
    private final PrintWriter out;
    private final List<String> skipped = new ArrayList<>();
    private int ran;

    RunLog(PrintWriter out) {
        this.out = out;
    }

    void built(String what) {
        say("built   " + what);
    }

    void ran(String what) {
        ran++;
        say("ran     " + what);
    }

    void skipped(String what) {
        skipped.add(what);
        say("skipped " + what);
    }

    void failed(String what) {
        skipped.add(what);
        say("failed  " + what);
    }

    void note(String what) {
        say(what);
    }

    /** How many benchmarks ran to the end. */
    int ranCount() {
        return ran;
    }

    /** Everything skipped or failed, in order. */
    List<String> skippedSteps() {
        return List.copyOf(skipped);
    }

    private void say(String line) {
        out.println(line);
        out.flush();
    }
}
